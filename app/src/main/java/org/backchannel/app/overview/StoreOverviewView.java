package org.backchannel.app.overview;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Shows what the store holds. Builds and binds controls; all state lives in the view-model. */
public final class StoreOverviewView extends BorderPane {

    public StoreOverviewView(StoreOverviewViewModel viewModel) {
        getStyleClass().add("store-overview");

        Label title = new Label("Backchannel");
        title.getStyleClass().add("title");
        Label where = new Label();
        where.setId("store-description");
        where.getStyleClass().add("subtitle");
        where.textProperty().bind(viewModel.storeDescriptionProperty());
        VBox header = new VBox(2, title, where);
        header.getStyleClass().add("header");
        setTop(header);

        HBox tables = new HBox(32,
                countTable("What is in the graph", "node-counts", viewModel.getNodeCounts()),
                countTable("Links by type", "link-counts", viewModel.getLinkCounts()));
        tables.getStyleClass().add("tables");
        tables.visibleProperty().bind(Bindings.isNotEmpty(viewModel.getNodeCounts()));
        tables.managedProperty().bind(tables.visibleProperty());

        ProgressIndicator progress = new ProgressIndicator();
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setMaxSize(48, 48);

        Label error = new Label();
        error.setId("error");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        Button retry = new Button("Try again");
        retry.setOnAction(e -> viewModel.open());
        VBox errorBox = new VBox(12, error, retry);
        errorBox.setAlignment(Pos.CENTER_LEFT);
        errorBox.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        errorBox.managedProperty().bind(errorBox.visibleProperty());

        VBox centre = new VBox(16, errorBox, progress, tables);
        centre.getStyleClass().add("content");
        setCenter(centre);

        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(viewModel.statusProperty());
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        setBottom(statusBar);
    }

    private static VBox countTable(String heading, String id, ObservableList<CountRow> rows) {
        Label caption = new Label(heading);
        caption.getStyleClass().add("section");
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.getStyleClass().add("counts");
        rows.addListener((ListChangeListener<CountRow>) change -> fill(grid, rows));
        fill(grid, rows);
        VBox box = new VBox(8, caption, grid);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static void fill(GridPane grid, ObservableList<CountRow> rows) {
        grid.getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            CountRow row = rows.get(i);
            Label label = new Label(row.label());
            Label count = new Label(Long.toString(row.count()));
            count.getStyleClass().add("count");
            count.setAlignment(Pos.CENTER_RIGHT);
            count.setMinWidth(Region.USE_PREF_SIZE);
            if (row.total()) {
                label.getStyleClass().add("total");
                count.getStyleClass().add("total");
            }
            grid.addRow(i, label, count);
        }
    }
}
