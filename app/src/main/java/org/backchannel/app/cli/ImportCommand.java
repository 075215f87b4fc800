package org.backchannel.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.backchannel.dataset.DatasetException;
import org.backchannel.dataset.DatasetProblem;
import org.backchannel.dataset.DatasetReader;
import org.backchannel.model.Dataset;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.ImportResult;
import org.backchannel.store.StorePreparation;
import org.backchannel.store.StoreUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code backchannel import FILE}: checks a dataset file whole, then writes it in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a backchannel-dataset/1 file into the store (NEO4J_URI, or the embedded store).",
                "Creates the indexes and constraints Backchannel needs there first, and lists them.",
                "The file is checked whole first; a refused file changes nothing."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:imported (or already up to date)", "2:the file was refused", "3:the store could not be reached"})
public final class ImportCommand extends StoreCommand {

    static final int REFUSED = 2;

    @Parameters(paramLabel = "FILE", description = "the dataset to import")
    private Path file;

    public ImportCommand() {
        this(System.getenv());
    }

    public ImportCommand(Map<String, String> environment) {
        super(environment);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Dataset dataset;
        try {
            // Checked before the store starts: a bad file is refused in a second, not after the DBMS boots.
            dataset = new DatasetReader().read(file);
        } catch (DatasetException e) {
            err.printf("%s was not imported; the store is unchanged. %d problem(s):%n", file, e.problems().size());
            for (DatasetProblem problem : e.problems()) {
                err.println("  " + problem);
            }
            return REFUSED;
        }
        try (ConnectedStore connected = ConnectedStore.fromEnvironment(environment, appHome())) {
            // Importing is asking to write: the indexes the import and browsing need come first, and the user is told.
            StorePreparation prepared = connected.prepare();
            if (!prepared.missing().isEmpty()) {
                out.printf("Created %d indexes and constraints Backchannel needs in %s:%n", prepared.missing().size(), connected.describe());
                prepared.missing().forEach(statement -> out.println("  " + statement));
            }
            String before = connected.store().contentDigest();
            ImportResult result = connected.store().importDataset(dataset);
            boolean changed = !before.equals(connected.store().contentDigest());
            out.printf("Imported %s into %s: %d nodes, %d links, %d sources%s.%n", file, connected.describe(),
                    result.nodes(), result.links(), result.sources(),
                    removed(result));
            out.println(changed ? "The store was updated." : "The store already held exactly this dataset; nothing changed.");
            return 0;
        } catch (StoreUnavailableException e) {
            err.println(e.getMessage());
            return UNAVAILABLE;
        }
    }

    private static String removed(ImportResult result) {
        if (result.removedNodes() == 0 && result.removedLinks() == 0) {
            return "";
        }
        return "; removed " + result.removedNodes() + " nodes and " + result.removedLinks() + " links no longer in the file";
    }
}
