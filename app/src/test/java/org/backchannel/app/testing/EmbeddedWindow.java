package org.backchannel.app.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.backchannel.app.MainWindow;
import org.backchannel.store.ConnectedStore;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The main window over an embedded store in a test's home, as the window tests open and close it. */
public final class EmbeddedWindow {

    private EmbeddedWindow() {
    }

    /** Opens the window on the primary stage and waits until its first graph is loaded, at most {@code wait}. */
    public static MainWindow open(Path home, Duration wait) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        MainWindow[] window = new MainWindow[1];
        FxToolkit.setupFixture(() -> {
            window[0] = new MainWindow(stage, () -> ConnectedStore.embedded(home.resolve("neo4j")), home);
            stage.show();
            window[0].open();
        });
        WaitForAsyncUtils.waitFor(wait.toSeconds(), TimeUnit.SECONDS, () -> window[0].explorer().graphProperty().get() != null);
        return window[0];
    }

    /** Closes the window and its store, if it was opened. */
    public static void close(MainWindow window) throws Exception {
        if (window != null) {
            FxToolkit.setupFixture(window::close);
        }
    }
}
