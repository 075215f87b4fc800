package org.backchannel.app;

import javafx.application.Application;
import javafx.stage.Stage;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.embedded.StoreLocation;

/**
 * The JavaFX client. The window shows at once; the store starts in the background and the graph
 * fills in, laid out, when it is ready.
 */
public final class BackchannelApp extends Application {

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        window = new MainWindow(stage, () -> ConnectedStore.fromEnvironment(System.getenv(), StoreLocation.appHome()));
        stage.show();
        window.open();
    }

    @Override
    public void stop() {
        window.close();
    }
}
