package org.backchannel.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.backchannel.dataset.DatasetException;
import org.backchannel.dataset.DatasetProblem;
import org.backchannel.dataset.DatasetReader;
import org.backchannel.model.Dataset;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.ImportResult;
import org.backchannel.store.StoreUnavailableException;
import org.backchannel.store.embedded.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code backchannel import FILE}: checks a dataset file whole, then writes it in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a backchannel-dataset/1 file into the store (NEO4J_URI, or the embedded store).",
                "The file is checked whole first; a refused file changes nothing."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:imported (or already up to date)", "2:the file was refused", "3:the store could not be reached"})
public final class ImportCommand implements Callable<Integer> {

    static final int REFUSED = 2;
    static final int UNAVAILABLE = 3;

    @Parameters(paramLabel = "FILE", description = "the dataset to import")
    private Path file;

    @Spec
    private CommandSpec spec;

    private final Map<String, String> environment;

    public ImportCommand() {
        this(System.getenv());
    }

    /** @param environment where NEO4J_URI and BACKCHANNEL_HOME are read from */
    public ImportCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
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
        Path appHome = StoreLocation.appHome(environment, System.getProperty("os.name"), System.getProperty("user.home"));
        try (ConnectedStore connected = ConnectedStore.fromEnvironment(environment, appHome)) {
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
