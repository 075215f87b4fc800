package org.backchannel.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.embedded.StoreLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX client. The window shows at once; the store starts in the background and the graph
 * fills in, laid out, when it is ready.
 */
public final class BackchannelApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(BackchannelApp.class);

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        // The toolkit's start and the window's own work are told apart in the log (bench/app-figures.sh).
        LOG.info("Toolkit started {}", StartupClock.sinceJvmStart());
        Path home = StoreLocation.appHome();
        window = new MainWindow(stage, () -> ConnectedStore.fromEnvironment(System.getenv(), home), home);
        // The last session's picture is read in the background while the window is styled, laid out and shown;
        // it is drawn, and the store started, once this method has returned.
        window.open();
        LOG.info("Window built {}", StartupClock.sinceJvmStart());
        stage.show();
        LOG.info("Window shown {}", StartupClock.sinceJvmStart());
        WindowIcon.setOn(stage);
    }

    @Override
    public void stop() {
        window.close();
    }
}
