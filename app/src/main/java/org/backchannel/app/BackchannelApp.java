package org.backchannel.app;

import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.backchannel.app.explorer.ExplorerView;
import org.backchannel.app.explorer.ExplorerViewModel;
import org.backchannel.app.export.ExportDialog;
import org.backchannel.app.overview.StoreOverviewViewModel;
import org.backchannel.app.task.BackgroundTasks;
import org.backchannel.app.task.FxBackgroundTasks;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.embedded.StoreLocation;

/**
 * The JavaFX client. The window shows at once; the store starts in the background and the graph
 * fills in, laid out, when it is ready.
 */
public final class BackchannelApp extends Application {

    private BackgroundTasks tasks;
    private StoreOverviewViewModel store;
    private ExplorerView view;

    @Override
    public void start(Stage stage) {
        tasks = new FxBackgroundTasks();
        store = new StoreOverviewViewModel(tasks,
                () -> ConnectedStore.fromEnvironment(System.getenv(), StoreLocation.appHome()),
                BundledDataset::load);
        ExplorerViewModel explorer = new ExplorerViewModel(tasks);
        store.storeProperty().addListener((obs, old, opened) -> {
            if (opened != null) {
                explorer.open(opened);
            }
        });
        ExportDialog export = new ExportDialog(stage, explorer, () -> view.canvas());
        view = new ExplorerView(explorer, store, export::show, () -> Shortcuts.show(stage));
        Scene scene = new Scene(view, 1440, 900);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("app.css")).toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> scene.lookup("#search").requestFocus());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), export::show);
        stage.setTitle("Backchannel");
        stage.setScene(scene);
        stage.show();
        store.open();
    }

    @Override
    public void stop() {
        view.canvas().dispose();
        tasks.close();
        store.close();
    }
}
