package org.backchannel.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.backchannel.app.BundledDataset;
import org.backchannel.app.StartupClock;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.StoreSummary;
import org.backchannel.store.StoreUnavailableException;
import org.backchannel.store.neo4j.PerspectiveStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code backchannel status}: opens the store as the app does (seeding an empty embedded store),
 * prints what it holds and how long starting, the first query and stopping took.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Open the store as the app does, print what it holds and time start, first query and shutdown."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the store opened", "1:the perspective could not be read or does not fit the store",
                "3:the store could not be reached"})
public final class StatusCommand extends StoreCommand {

    @Mixin
    private PerspectiveOption perspective;

    public StatusCommand() {
        this(System.getenv());
    }

    public StatusCommand(Map<String, String> environment) {
        super(environment);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        ConnectedStore connected;
        try {
            connected = ConnectedStore.fromEnvironment(environment, appHome());
        } catch (StoreUnavailableException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return UNAVAILABLE;
        }
        long open = System.nanoTime();
        StoreSummary summary;
        long queried;
        String answered;
        String notice;
        try {
            ConnectedStore.Contents contents = connected.seedIfEmpty(BundledDataset::load);
            contents.seeded().ifPresent(r ->
                    out.printf("Imported the bundled dataset: %d nodes, %d links.%n", r.nodes(), r.links()));
            if (!perspective.apply(connected, contents.summary(), appHome(), false, spec.commandLine().getErr())) {
                return 1;
            }
            // Someone else's database is counted as its perspective maps it, as the window counts it.
            summary = connected.perspectiveStore().map(PerspectiveStore::summary).orElse(contents.summary());
            queried = System.nanoTime();
            answered = StartupClock.sinceJvmStart();
            notice = connected.preparationFound().notice();
        } finally {
            connected.close();
        }
        long closed = System.nanoTime();
        out.println("Store: " + connected.describe());
        for (NodeKind kind : NodeKind.values()) {
            out.printf("  %-14s %6d%n", kind.code(), summary.nodes(kind));
        }
        for (LinkType type : LinkType.values()) {
            out.printf("  %-14s %6d%n", type.code(), summary.links(type));
        }
        out.printf("Start %d ms, first query %d ms (start to first answer %d ms), shutdown %d ms.%n",
                millis(started, open), millis(open, queried), millis(started, queried), millis(queried, closed));
        out.printf("First answer %s.%n", answered);
        if (!notice.isEmpty()) {
            out.println(notice);
        }
        return 0;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
