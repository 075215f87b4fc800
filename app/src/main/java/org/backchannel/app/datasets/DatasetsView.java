package org.backchannel.app.datasets;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.backchannel.app.TableColumns;
import org.backchannel.store.DatasetInfo;

/** The Datasets tab: the store's datasets, with Import… and Remove…. */
public final class DatasetsView extends BorderPane {

    public DatasetsView(DatasetsViewModel viewModel, Runnable onImport) {
        TableView<DatasetInfo> table = new TableView<>(viewModel.getDatasets());
        table.setId("datasets");
        table.getColumns().add(TableColumns.of("Id", DatasetInfo::id, 150));
        table.getColumns().add(TableColumns.of("Title", DatasetInfo::title, 260));
        table.getColumns().add(TableColumns.of("Nodes", DatasetInfo::nodes, 70));
        table.getColumns().add(TableColumns.of("Links", DatasetInfo::links, 70));
        table.getColumns().add(TableColumns.of("Sources", DatasetInfo::sources, 70));
        table.getColumns().add(TableColumns.of("Imported", DatasetInfo::importedAt, 160));
        table.getColumns().add(TableColumns.of("File", DatasetInfo::file, 260));
        table.getColumns().add(TableColumns.of("SHA-256", d -> d.digest().length() > 16 ? d.digest().substring(0, 16) + "…" : d.digest(), 150));
        table.setPlaceholder(new Label("No datasets in this store."));
        Button add = new Button("Import…");
        add.setId("datasets-import");
        add.setOnAction(e -> onImport.run());
        Button remove = new Button("Remove…");
        remove.setId("datasets-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(viewModel.busyProperty()));
        remove.setOnAction(e -> {
            DatasetInfo chosen = table.getSelectionModel().getSelectedItem();
            viewModel.confirmation(chosen).ifPresent(question -> {
                ButtonType yes = new ButtonType("Remove", ButtonBar.ButtonData.OK_DONE);
                Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, ButtonType.CANCEL);
                alert.initOwner(getScene().getWindow());
                alert.setTitle("Remove a dataset");
                alert.setHeaderText("Remove " + chosen.title() + "?");
                alert.showAndWait().filter(yes::equals).ifPresent(answer -> viewModel.remove(chosen));
            });
        });
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> viewModel.refresh());
        Label message = new Label();
        message.setId("datasets-message");
        message.textProperty().bind(viewModel.messageProperty());
        // A long message (a removal names the dataset and what left) wraps beside the buttons instead of squeezing them to "…".
        message.setWrapText(true);
        HBox.setHgrow(message, Priority.ALWAYS);
        for (Button button : List.of(add, remove, refresh)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox actions = new HBox(8, add, remove, refresh, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setStyle("-fx-padding: 6 0 0 0;");
        setCenter(table);
        setBottom(actions);
    }
}
