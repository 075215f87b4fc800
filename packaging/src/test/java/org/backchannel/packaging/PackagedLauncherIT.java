package org.backchannel.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.backchannel.app.BundledDataset;
import org.backchannel.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app image's own launcher, as a user runs it: {@code status} on a fresh home, with no display, must start the
 * embedded store from the image's own runtime and jars, import the bundled dataset and answer. A packaging break
 * (a JDK module missing from the runtime, a jar left out, a wrong main class or JVM option) fails here.
 */
class PackagedLauncherIT {

    @TempDir
    Path home;

    @Test
    void statusOnAFreshHomeImportsTheBundledDatasetAndAnswers() throws Exception {
        Path launcher = Path.of(System.getProperty("backchannel.launcher"));
        assertThat(launcher).as("the app image's launcher").isExecutable();
        Dataset bundled = BundledDataset.load();

        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "status");
        builder.environment().keySet().removeIf(name -> name.startsWith("NEO4J_") || name.equals("DISPLAY")
                || name.equals("WAYLAND_DISPLAY") || name.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().put("BACKCHANNEL_HOME", home.toString());
        // Both streams to one file: a pipe nobody drains could block the child.
        Path output = Files.createTempFile("packaged-status", ".txt");
        Process child = builder.redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("status exits by itself").isTrue();
        String printed = Files.readString(output);

        assertThat(child.exitValue()).as("exit code; output:%n%s", printed).isZero();
        assertThat(printed)
                .contains(String.format("Imported the bundled dataset: %d nodes, %d links.",
                        bundled.nodes().size(), bundled.links().size()))
                .contains("Store: embedded Neo4j at " + home.resolve("neo4j"))
                .doesNotContain("Exception");
        Files.delete(output);
    }
}
