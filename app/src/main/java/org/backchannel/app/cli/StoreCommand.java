package org.backchannel.app.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.backchannel.store.embedded.StoreLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What the commands that open a store share: the environment they read it from, and picocli's streams. */
abstract class StoreCommand implements Callable<Integer> {

    static final int UNAVAILABLE = 3;

    @Spec
    CommandSpec spec;

    final Map<String, String> environment;

    /** @param environment where NEO4J_URI and BACKCHANNEL_HOME are read from */
    StoreCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    Path appHome() {
        return StoreLocation.appHome(environment, System.getProperty("os.name"), System.getProperty("user.home"));
    }
}
