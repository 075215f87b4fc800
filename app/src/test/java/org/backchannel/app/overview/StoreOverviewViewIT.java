package org.backchannel.app.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.backchannel.app.BundledDataset;
import org.backchannel.app.task.FxBackgroundTasks;
import org.backchannel.dataset.DatasetException;
import org.backchannel.model.Dataset;
import org.backchannel.model.NodeKind;
import org.backchannel.store.ConnectedStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first screen on a real scene and a real embedded Neo4j: a fresh store is seeded with the
 * bundled dataset and the counts read back through Bolt appear without a click.
 */
@ExtendWith(ApplicationExtension.class)
class StoreOverviewViewIT {

    @TempDir
    static Path home;

    private FxBackgroundTasks tasks;
    private StoreOverviewViewModel viewModel;

    @Start
    void start(Stage stage) {
        tasks = new FxBackgroundTasks();
        viewModel = new StoreOverviewViewModel(tasks, () -> ConnectedStore.embedded(home.resolve("neo4j")), BundledDataset::load);
        Scene scene = new Scene(new StoreOverviewView(viewModel), 820, 560);
        scene.getStylesheets().add(Objects.requireNonNull(BundledDataset.class.getResource("app.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
        viewModel.open();
    }

    @AfterEach
    void closeStore() {
        tasks.close();
        viewModel.close();
    }

    @Test
    void showsTheCountsOfTheBundledDatasetReadFromTheEmbeddedStore(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !viewModel.busyProperty().get());
        assertThat(viewModel.errorProperty().get()).isEmpty();

        Dataset bundled = BundledDataset.load();
        List<String> cells = texts(robot.lookup("#node-counts").queryAs(GridPane.class));
        assertThat(cells).containsSubsequence("Actors", Long.toString(count(bundled, NodeKind.ACTOR)));
        assertThat(cells).containsSubsequence("Channels", Long.toString(count(bundled, NodeKind.CHANNEL)));
        assertThat(cells).containsSubsequence("Nodes in all", Integer.toString(bundled.nodes().size()));
        assertThat(texts(robot.lookup("#link-counts").queryAs(GridPane.class)))
                .containsSubsequence("Links in all", Integer.toString(bundled.links().size()));
        assertThat(robot.lookup("#store-description").queryAs(Label.class).getText())
                .contains("embedded Neo4j", "bolt://127.0.0.1:");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains("Imported the bundled dataset");
    }

    private static long count(Dataset dataset, NodeKind kind) {
        return dataset.nodes().stream().filter(n -> n.kind() == kind).count();
    }

    private static List<String> texts(GridPane grid) throws DatasetException {
        return grid.getChildren().stream().filter(Label.class::isInstance).map(Node.class::cast)
                .map(n -> ((Label) n).getText()).toList();
    }
}
