package org.backchannel.app.measures;

import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.backchannel.app.TableColumns;
import org.backchannel.app.answers.AnswerCells;
import org.backchannel.measures.NodeMeasures;
import org.backchannel.model.SizeMeasure;

/** The measures of the scene in a sortable table (click a heading), exportable as CSV in the order shown. */
public final class MeasuresView extends VBox {

    public MeasuresView(MeasuresViewModel viewModel) {
        super(6);
        getStyleClass().add("answer-pane");
        getStylesheets().add(AnswerCells.stylesheet());

        TableView<NodeMeasures> table = new TableView<>(viewModel.getRows());
        table.setId("measures-table");
        table.getColumns().add(TableColumns.of("Node", NodeMeasures::name, 340));
        table.getColumns().add(TableColumns.of("Degree", NodeMeasures::degree, 80));
        table.getColumns().add(number("Betweenness", NodeMeasures::betweenness));
        table.getColumns().add(number("PageRank", NodeMeasures::pageRank));
        table.getColumns().add(TableColumns.of("Community", NodeMeasures::community, 90));
        table.setPlaceholder(new Label("Compute the measures of what the graph shows."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.show(now));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button compute = new Button("Compute");
        compute.setId("measures-compute");
        compute.setTooltip(new Tooltip("Degree, betweenness, PageRank and communities of the nodes drawn; kept up to date after"));
        compute.disableProperty().bind(viewModel.busyProperty());
        compute.setOnAction(e -> viewModel.compute());
        Button export = new Button("Export CSV…");
        export.setId("measures-export");
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.getRows()));
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("measures.csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                viewModel.exportCsv(file.toPath(), List.copyOf(table.getItems()));
            }
        });
        MenuButton sizeBy = new MenuButton("Size nodes by");
        sizeBy.setId("measures-size-by");
        sizeBy.setTooltip(new Tooltip("Draw the graph's nodes as large as this measure says (an undoable step)"));
        for (SizeMeasure measure : List.of(SizeMeasure.DEGREE, SizeMeasure.BETWEENNESS, SizeMeasure.PAGERANK)) {
            MenuItem item = new MenuItem(measure.title());
            item.setOnAction(e -> viewModel.sizeNodesBy(measure));
            sizeBy.getItems().add(item);
        }
        Label message = new Label();
        message.setId("measures-message");
        message.textProperty().bind(viewModel.messageProperty());
        HBox controls = new HBox(6, compute, export, sizeBy, message);
        controls.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(controls, table);
    }

    /** A score shown with five decimals and sorted as a number. */
    private static TableColumn<NodeMeasures, Double> number(String title, java.util.function.Function<NodeMeasures, Double> value) {
        TableColumn<NodeMeasures, Double> column = TableColumns.of(title, value, 110);
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double score, boolean empty) {
                super.updateItem(score, empty);
                setText(empty || score == null ? null : String.format(Locale.ROOT, "%.5f", score));
            }
        });
        return column;
    }
}
