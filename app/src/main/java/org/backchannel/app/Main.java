package org.backchannel.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.application.Application;
import org.backchannel.app.cli.DatasetsCommand;
import org.backchannel.app.cli.ExplainCommand;
import org.backchannel.app.cli.ExportCommand;
import org.backchannel.app.cli.GraphFileCommand;
import org.backchannel.app.cli.ImportCommand;
import org.backchannel.app.cli.MeasuresCommand;
import org.backchannel.app.cli.ParallelCommand;
import org.backchannel.app.cli.PathsCommand;
import org.backchannel.app.cli.PrepareCommand;
import org.backchannel.app.cli.RemoveCommand;
import org.backchannel.app.cli.StatusCommand;
import org.backchannel.app.launch.ClasspathWarning;
import org.backchannel.app.launch.DesktopCheck;
import org.backchannel.app.launch.DesktopCheck.Refusal;
import org.backchannel.app.launch.FailureLog;
import org.backchannel.app.launch.StartupArchive;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point. Without a command it opens the window, or says in one sentence what the desktop lacks
 * for it ({@link DesktopCheck}); {@code import FILE} loads a dataset from the command line. (A class that extends {@code Application} cannot be the main class on a plain
 * classpath, hence this separate launcher.)
 */
@Command(name = "backchannel", mixinStandardHelpOptions = true, version = "Backchannel 0.1",
        description = "Explore who spoke to whom, through which channel, when, and what came of it.",
        subcommands = {ImportCommand.class, DatasetsCommand.class, RemoveCommand.class, PrepareCommand.class, ExportCommand.class,
                StatusCommand.class, PathsCommand.class, ParallelCommand.class, ExplainCommand.class, MeasuresCommand.class,
                GraphFileCommand.class},
        exitCodeListHeading = "%nExit codes when the window cannot open (see README, Desktop prerequisites):%n",
        exitCodeList = {"3:No display (Linux: neither DISPLAY nor WAYLAND_DISPLAY set, or no X server at DISPLAY).",
                "4:GTK 3 is missing (Linux).", "5:The window failed to start for another reason; the trace is in the log named."})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        if (args.length == 0) {
            // Logging is configured (Logback reads its XML) beside the toolkit's start instead of after it, on the
            // window's thread, where profiling found it before the window showed.
            Thread logging = new Thread(LoggerFactory::getILoggerFactory, "backchannel-logging-start");
            logging.setDaemon(true);
            logging.start();
        } else {
            // A command draws with Java2D and never shows a window: without this, a DISPLAY naming an X server that
            // is gone (an SSH session's forwarded display) makes AWT try to connect to it and die with AWTError.
            System.setProperty("java.awt.headless", "true");
        }
        // Without arguments the window opens straight away: building picocli's model of the commands takes
        // a quarter of a second (measured), which the window's two-second start cannot spare.
        int status = args.length == 0 ? new Main().call() : new CommandLine(new Main()).execute(args);
        // The developer launch's start-up archive is made from what the window loaded (decision 0025).
        boolean windowClosed = args.length == 0 && status == 0;
        StartupArchive.ofThisJvm().ifPresent(archive -> archive.atExit(windowClosed));
        // Exit explicitly: library threads (netty's quiet period) would otherwise keep the JVM up for seconds.
        System.exit(status);
    }

    @Override
    public Integer call() {
        Optional<Refusal> refusal = DesktopCheck.beforeLaunch(System.getProperty("os.name"), System.getenv());
        if (refusal.isPresent()) {
            return refuse(refusal.get());
        }
        ClasspathWarning.silence();
        try {
            Application.launch(BackchannelApp.class);
            return 0;
        } catch (RuntimeException | LinkageError failure) {
            // JavaFX throws from launch when its toolkit cannot start (and a native library it lacks is a LinkageError).
            Path log = FailureLog.write(failure);
            return refuse(DesktopCheck.afterFailure(failure, System.getenv(), log));
        }
    }

    private static int refuse(Refusal refusal) {
        System.err.println(refusal.sentence());
        return refusal.exitCode();
    }
}
