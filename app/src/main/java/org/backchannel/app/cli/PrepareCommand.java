package org.backchannel.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.StorePreparation;
import org.backchannel.store.StoreUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code backchannel prepare}: lists the indexes and constraints a database lacks for Backchannel,
 * and creates them (and stores each node's degree) only with {@code --yes}. Opening a database
 * never does this: a guest writes nothing.
 */
@Command(name = "prepare", mixinStandardHelpOptions = true,
        description = {"List what Backchannel would create in the store (NEO4J_URI, or the embedded store) to browse it fast:",
                "indexes, constraints and each node's stored degree. With --yes, create them. Without it, nothing is written."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:prepared, already prepared, or listed without --yes", "3:the store could not be reached or refused the writes"})
public final class PrepareCommand extends StoreCommand {

    @Option(names = "--yes", description = "create what is listed; without it, only list it")
    private boolean yes;

    public PrepareCommand() {
        this(System.getenv());
    }

    public PrepareCommand(Map<String, String> environment) {
        super(environment);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConnectedStore connected = ConnectedStore.fromEnvironment(environment, appHome())) {
            StorePreparation plan = connected.preparation();
            if (plan.isPrepared()) {
                out.println("The " + connected.describe() + " is prepared for Backchannel; nothing to do.");
                return 0;
            }
            out.println((yes ? "Preparing " : "To prepare ") + connected.describe() + " for Backchannel, this "
                    + (yes ? "is created:" : "would be created:"));
            plan.steps().forEach(step -> out.println("  " + step));
            if (!yes) {
                out.println("Nothing was written. Run \"backchannel prepare --yes\" to create them.");
                return 0;
            }
            StorePreparation done = connected.prepare();
            out.printf("Created %d indexes and constraints%s.%n", done.missing().size(),
                    done.nodesWithoutDegree() > 0 ? " and stored the degree of " + done.nodesWithoutDegree() + " nodes" : "");
            return 0;
        } catch (StoreUnavailableException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return UNAVAILABLE;
        }
    }
}
