package org.backchannel.app;

import java.nio.file.Path;
import java.util.Map;
import javafx.application.Application;
import javafx.stage.Stage;
import org.backchannel.app.launch.BelowTheWindow;
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
        Path home = StoreLocation.appHome();
        Map<String, String> environment = System.getenv();
        // The embedded DBMS starts at launch, beside the last session's picture, on threads below the window's
        // (decision 0034); a server the user named (NEO4J_URI, as ConnectionSettings reads it) has no start to put there.
        // Not parsed here: a malformed address is the opener's to report, in the window.
        String named = environment.get("NEO4J_URI");
        boolean below = named == null || named.isBlank();
        window = new MainWindow(stage, below ? () -> BelowTheWindow.call(() -> ConnectedStore.fromEnvironment(environment, home))
                : () -> ConnectedStore.fromEnvironment(environment, home), home);
        // The last session's picture is read in the background while the window is styled, laid out and shown;
        // it is drawn once this method has returned. The store starts meanwhile.
        window.open();
        stage.show();
        LOG.info("Window shown {}", StartupClock.sinceJvmStart());
    }

    @Override
    public void stop() {
        window.close();
    }
}
