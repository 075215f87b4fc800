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
 * (a JDK module missing from the runtime, a jar left out, a wrong main class or JVM option) fails here. Built with the
 * start-up archive's steps ({@code -Darchive.skip=false}, as {@code .ci/run} and the installer build do), it also fails
 * when the class list was not recorded or the archive not made or not usable by the launcher.
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
        boolean archiveMade = !Boolean.parseBoolean(System.getProperty("backchannel.archive.skipped", "true"));
        if (archiveMade) {
            // Where the build made the start-up archive (the installer's steps, run by CI), the launcher must map it:
            // with -Xshare:on a missing, damaged or mismatched archive stops the JVM instead of being passed over.
            builder.environment().put("JAVA_TOOL_OPTIONS", "-Xshare:on");
        }
        // Both streams to one file: a pipe nobody drains could block the child.
        Path output = Files.createTempFile("packaged-status", ".txt");
        Process child = builder.redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("status exits by itself").isTrue();
        String printed = Files.readString(output);

        assertThat(child.exitValue()).as("exit code%s; output:%n%s", archiveMade ? " with the start-up archive required" : "", printed)
                .isZero();
        assertThat(printed)
                .contains(String.format("Imported the bundled dataset: %d nodes, %d links.",
                        bundled.nodes().size(), bundled.links().size()))
                .contains("Store: embedded Neo4j at " + home.resolve("neo4j"))
                .doesNotContain("Exception");
        Files.delete(output);
    }
}
