package org.backchannel.app.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.backchannel.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher, started as a new user would on a Linux machine that lacks what the window needs, says
 * what is missing in one sentence and exits with the documented code, never with a stack trace.
 */
class DesktopPrerequisitesIT {

    private record Outcome(int exitCode, String stderr) {
    }

    @TempDir
    Path work;

    @Test
    void withoutAnyDisplayItSaysSoAndExitsWith3() throws Exception {
        Outcome outcome = runLauncher(environment -> {
            environment.remove("DISPLAY");
            environment.remove("WAYLAND_DISPLAY");
        });
        assertOneSentence(outcome, DesktopCheck.NO_DISPLAY, "No display: Backchannel's window needs a graphical desktop");
    }

    @Test
    void aDisplayWithNoXServerBehindItExitsWith3() throws Exception {
        String display = unusedDisplay();
        Outcome outcome = runLauncher(environment -> {
            environment.remove("WAYLAND_DISPLAY");
            environment.put("DISPLAY", display);
        });
        assertOneSentence(outcome, DesktopCheck.NO_DISPLAY, "No display: no X server answers at DISPLAY=" + display);
    }

    /**
     * JavaFX opens the display before it loads GTK, so this needs a real X server: Xvfb, started here.
     * GTK is made unloadable with an empty libgtk-3.so.0 first on the loader's path, which fails the way
     * a missing GTK does (JavaFX's own check dlopens that name).
     */
    @Test
    void withoutGtkItNamesThePackageAndExitsWith4() throws Exception {
        assumeTrue(onPath("Xvfb"), "Xvfb is not installed: the GTK case needs an X server to get as far as loading GTK");
        Path noGtk = Files.createDirectories(work.resolve("no-gtk"));
        Files.createFile(noGtk.resolve("libgtk-3.so.0"));
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "640x480x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            // With -displayfd, Xvfb picks a free display and prints its number once it accepts clients.
            String number = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(number).as("Xvfb's display number").isNotBlank();
            Outcome outcome = runLauncher(environment -> {
                environment.remove("WAYLAND_DISPLAY");
                environment.put("DISPLAY", ":" + number.trim());
                environment.put("LD_LIBRARY_PATH", noGtk.toString());
            });
            assertOneSentence(outcome, DesktopCheck.NO_GTK, "GTK 3 is missing: install it (Debian/Ubuntu: sudo apt-get install libgtk-3-0;");
        } finally {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Any other toolkit failure, here a glass platform that does not exist (no X server needed: JavaFX
     * picks the platform before it opens the display). JavaFX itself prints the ClassNotFoundException
     * it met before it throws, so only our part is held to "no trace": the sentence and the log.
     */
    @Test
    void anyOtherToolkitFailureNamesTheLogWithTheTraceAndExitsWith5() throws Exception {
        Outcome outcome = runLauncher(environment -> environment.put("DISPLAY", unusedDisplay()),
                "-Dglass.platform=Nowhere", "-Djava.io.tmpdir=" + work);
        Path log = work.resolve("backchannel-window.log");
        assertThat(outcome.stderr()).contains("The window could not start (NullPointerException: ", "the details are in " + log + ".");
        assertThat(outcome.exitCode()).as("exit code; stderr: " + outcome.stderr()).isEqualTo(DesktopCheck.WINDOW_FAILED);
        assertThat(Files.readString(log)).contains("java.lang.NullPointerException", "\tat com.sun.glass.ui.Application.run");
    }

    private interface EnvironmentChange {
        void apply(Map<String, String> environment);
    }

    private Outcome runLauncher(EnvironmentChange change, String... jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command);
        change.apply(builder.environment());
        // Both streams to files: a pipe nobody drains could block the child.
        Path stderr = work.resolve("stderr.txt");
        Process child = builder.redirectOutput(work.resolve("stdout.txt").toFile()).redirectError(stderr.toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the launcher exits by itself").isTrue();
        return new Outcome(child.exitValue(), Files.readString(stderr));
    }

    private static void assertOneSentence(Outcome outcome, int exitCode, String sentence) {
        // The sentence alone: nothing before it either, JavaFX's classpath warning included (ClasspathWarning).
        assertThat(outcome.stderr().strip()).startsWith(sentence).doesNotContain("\n");
        assertThat(outcome.exitCode()).as("exit code; stderr: " + outcome.stderr()).isEqualTo(exitCode);
    }

    private static String unusedDisplay() {
        int number = 1999;
        while (Files.exists(Path.of("/tmp/.X11-unix/X" + number))) {
            number++;
        }
        return ":" + number;
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        try (Stream<String> folders = Stream.of(path.split(File.pathSeparator))) {
            return folders.anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
        }
    }
}
