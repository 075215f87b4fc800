package org.backchannel.app.launch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the stack trace of a window that could not start in a file, so the console shows one sentence
 * and the trace is still there for a bug report. The console log has no file of its own to put it in.
 */
public final class FailureLog {

    private FailureLog() {
    }

    /** Writes the trace to {@code backchannel-window.log} in the temporary folder and returns that file. */
    public static Path write(Throwable failure) {
        Path log = Path.of(System.getProperty("java.io.tmpdir"), "backchannel-window.log");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
            failure.printStackTrace(out);
        } catch (IOException e) {
            // Nothing better to do: the sentence on the console still names the failure, only the trace is lost.
        }
        return log;
    }
}
