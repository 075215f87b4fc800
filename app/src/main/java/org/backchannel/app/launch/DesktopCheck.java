package org.backchannel.app.launch;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Says in one sentence what the window lacks, instead of JavaFX's stack trace, and picks the exit code
 * that says which. Plain Java only: it has to work when JavaFX itself cannot load.
 */
public final class DesktopCheck {

    /** Why the window does not open: the sentence for the console and the process's exit code. */
    public record Refusal(String sentence, int exitCode) {
    }

    // 1 and 2 are picocli's (a command failed, a usage error); these follow on.
    public static final int NO_DISPLAY = 3;
    public static final int NO_GTK = 4;
    public static final int WINDOW_FAILED = 5;

    private static final String TOOLS = "its command-line tools work without one (see --help)";

    private DesktopCheck() {
    }

    /** Before JavaFX is touched: on Linux a window needs an X11 or a Wayland display to draw on. */
    public static Optional<Refusal> beforeLaunch(String osName, Map<String, String> environment) {
        boolean linux = osName.toLowerCase().startsWith("linux");
        if (linux && isBlank(environment.get("DISPLAY")) && isBlank(environment.get("WAYLAND_DISPLAY"))) {
            return Optional.of(new Refusal("No display: Backchannel's window needs a graphical desktop (X11 or Wayland)"
                    + " and neither DISPLAY nor WAYLAND_DISPLAY is set; " + TOOLS + ".", NO_DISPLAY));
        }
        return Optional.empty();
    }

    /**
     * After {@code Application.launch} threw. JavaFX says what failed only in its exception's message
     * (it has no types for it), so the message is what is matched.
     */
    public static Refusal afterFailure(Throwable failure, Map<String, String> environment, Path log) {
        String message = String.valueOf(failure.getMessage());
        if (message.startsWith("Unable to open DISPLAY")) {
            return new Refusal("No display: no X server answers at DISPLAY=" + environment.get("DISPLAY")
                    + "; start Backchannel from a desktop session (or correct DISPLAY), " + TOOLS + ".", NO_DISPLAY);
        }
        if (message.startsWith("Unable to load glass GTK library")) {
            return new Refusal("GTK 3 is missing: install it (Debian/Ubuntu: sudo apt-get install libgtk-3-0;"
                    + " Fedora: sudo dnf install gtk3; Arch: sudo pacman -S gtk3) and start Backchannel again.", NO_GTK);
        }
        return new Refusal("The window could not start (" + failure.getClass().getSimpleName() + ": " + message
                + "); the details are in " + log + ".", WINDOW_FAILED);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
