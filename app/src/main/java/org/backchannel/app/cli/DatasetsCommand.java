package org.backchannel.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.DatasetInfo;
import org.backchannel.store.StoreUnavailableException;
import picocli.CommandLine.Command;

/** {@code backchannel datasets}: what datasets the store holds, with their counts, files and times of import. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = {"List the datasets in the store (NEO4J_URI, or the embedded store) with their counts."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:listed", "3:the store could not be reached"})
public final class DatasetsCommand extends StoreCommand {

    public DatasetsCommand() {
        this(System.getenv());
    }

    public DatasetsCommand(Map<String, String> environment) {
        super(environment);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConnectedStore connected = ConnectedStore.fromEnvironment(environment, appHome())) {
            List<DatasetInfo> datasets = connected.store().datasets();
            out.printf("%d dataset(s) in %s%n", datasets.size(), connected.describe());
            for (DatasetInfo d : datasets) {
                out.printf("  %s — %s%n", d.id(), d.title());
                out.printf("      %d nodes, %d links, %d sources%s%n", d.nodes(), d.links(), d.sources(),
                        d.revises().isEmpty() ? "" : "; revises " + String.join(", ", d.revises()));
                if (!d.file().isEmpty()) {
                    out.printf("      from %s, imported %s, sha256 %s%n", d.file(), d.importedAt(), d.digest());
                }
            }
            return 0;
        } catch (StoreUnavailableException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return UNAVAILABLE;
        }
    }
}
