package org.backchannel.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.backchannel.app.overview.PerspectiveOpening;
import org.backchannel.perspective.Perspective;
import org.backchannel.perspective.PerspectiveException;
import org.backchannel.perspective.PerspectiveFile;
import org.backchannel.perspective.PerspectiveShelf;
import org.backchannel.perspective.SchemaSample;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.StoreSummary;
import org.backchannel.store.neo4j.PerspectiveStore;
import picocli.CommandLine.Option;

/**
 * {@code --perspective FILE}: someone else's database read through a perspective, as the window reads
 * it. Without the option, the perspective kept for this store (its address and database) is used, or
 * one proposed from its schema, as when the window first opens it. Backchannel's own data needs none.
 * A picocli mixin, so every command that draws or asks questions of a store takes it alike.
 */
final class PerspectiveOption {

    @Option(names = "--perspective", paramLabel = "FILE",
            description = "read someone else's database through this perspective file (backchannel-perspective/1); "
                    + "default: the one kept for this database, else one proposed from its schema")
    private Path file;

    /**
     * Reads the store through its perspective from now on, if it is someone else's database; says which
     * on {@code err}, and why the era filter is off when {@code eraAsked} and the perspective reads no dates.
     *
     * @return false, with the reason on {@code err}, when the perspective file is unreadable or does not fit the store
     */
    boolean apply(ConnectedStore connected, StoreSummary summary, Path appHome, boolean eraAsked, PrintWriter err) {
        Optional<PerspectiveStore> through;
        try {
            if (file != null) {
                Perspective read = new PerspectiveFile().read(file);
                Optional<SchemaSample> schema = connected.foreignSchema(summary);
                if (schema.isEmpty()) {
                    err.println("--perspective reads someone else's database; " + connected.describe()
                            + " holds Backchannel's own data (or nothing).");
                    return false;
                }
                through = Optional.of(PerspectiveOpening.use(connected, read, schema.get(), file.toString()));
                err.println("Read through the perspective in " + file + ".");
            } else {
                through = kept(connected, summary, appHome, err);
            }
        } catch (PerspectiveException e) {
            err.println(e.getMessage());
            return false;
        }
        if (eraAsked) {
            through.flatMap(PerspectiveStore::undatedReason).ifPresent(why -> err.println(why + "; --era is ignored."));
        }
        return true;
    }

    /** Once the scene is read: what the perspective could not read as its role needs (dates that do not parse), in one line. */
    static void sayWhatDidNotRead(ConnectedStore connected, PrintWriter err) {
        connected.perspectiveStore().map(PerspectiveStore::valueNotice).filter(notice -> !notice.isEmpty()).ifPresent(err::println);
    }

    private static Optional<PerspectiveStore> kept(ConnectedStore connected, StoreSummary summary, Path appHome, PrintWriter err) {
        Optional<PerspectiveOpening> opening = PerspectiveOpening.open(connected, summary, new PerspectiveShelf(appHome));
        opening.ifPresent(o -> err.println(o.proposed() ? o.message() + " Or pass --perspective FILE." : o.message()));
        return opening.isPresent() ? connected.perspectiveStore() : Optional.empty();
    }
}
