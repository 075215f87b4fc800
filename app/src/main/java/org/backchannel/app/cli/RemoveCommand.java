package org.backchannel.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.ImportRefusedException;
import org.backchannel.store.ImportResult;
import org.backchannel.store.StoreUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code backchannel remove DATASET}: takes one dataset's contribution out of the store, in one transaction. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove a dataset from the store: what only it supports goes, and its citations leave what other"
                + " datasets support too. All or nothing."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:removed", "2:the store holds no such dataset", "3:the store could not be reached"})
public final class RemoveCommand extends StoreCommand {

    @Parameters(paramLabel = "DATASET", description = "the dataset's id, as the datasets command lists it")
    private String datasetId;

    public RemoveCommand() {
        this(System.getenv());
    }

    public RemoveCommand(Map<String, String> environment) {
        super(environment);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ConnectedStore connected = ConnectedStore.fromEnvironment(environment, appHome())) {
            ImportResult result = connected.store().removeDataset(datasetId);
            out.printf("Removed dataset %s from %s: %d nodes and %d links went; %d elements changed in all.%n", datasetId,
                    connected.describe(), result.removedNodes(), result.removedLinks(), result.changed());
            return 0;
        } catch (ImportRefusedException e) {
            err.println(e.getMessage());
            return ImportCommand.REFUSED;
        } catch (StoreUnavailableException e) {
            err.println(e.getMessage());
            return UNAVAILABLE;
        }
    }
}
