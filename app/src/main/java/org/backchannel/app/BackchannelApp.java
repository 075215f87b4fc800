package org.backchannel.app;

import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.backchannel.app.overview.StoreOverviewView;
import org.backchannel.app.overview.StoreOverviewViewModel;
import org.backchannel.app.task.BackgroundTasks;
import org.backchannel.app.task.FxBackgroundTasks;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.embedded.StoreLocation;

/**
 * The JavaFX client. The window shows at once; the store starts in the background and the counts
 * fill in when it is ready.
 */
public final class BackchannelApp extends Application {

    private BackgroundTasks tasks;
    private StoreOverviewViewModel overview;

    @Override
    public void start(Stage stage) {
        tasks = new FxBackgroundTasks();
        overview = new StoreOverviewViewModel(tasks,
                () -> ConnectedStore.fromEnvironment(System.getenv(), StoreLocation.appHome()),
                BundledDataset::load);
        Scene scene = new Scene(new StoreOverviewView(overview), 820, 560);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("app.css")).toExternalForm());
        stage.setTitle("Backchannel");
        stage.setScene(scene);
        stage.show();
        overview.open();
    }

    @Override
    public void stop() {
        tasks.close();
        overview.close();
    }
}
