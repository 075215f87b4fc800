package org.backchannel.app.datasets;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backchannel.app.TableColumns;

/** The problems that stop an import, one row each: where (file:row:column), the cell or field, what is wrong, what to do. */
final class ProblemTable extends VBox {

    ProblemTable(ObservableList<ProblemRow> problems) {
        TableView<ProblemRow> table = new TableView<>(problems);
        table.setId("import-problems");
        table.getColumns().add(TableColumns.of("Place", ProblemRow::place, 230));
        table.getColumns().add(TableColumns.of("Cell or field", ProblemRow::where, 190));
        table.getColumns().add(TableColumns.of("Problem", ProblemRow::message, 380));
        table.getColumns().add(TableColumns.of("What to do", ProblemRow::hint, 320));
        table.setPlaceholder(new Label("No problems found."));
        table.setPrefHeight(150);
        VBox.setVgrow(table, Priority.ALWAYS);
        // A cell shows the start of a long message; the line under the table shows the chosen (or first) problem whole.
        Label whole = new Label();
        whole.setId("problem-sentence");
        whole.setWrapText(true);
        whole.setMinHeight(Region.USE_PREF_SIZE);
        Runnable show = () -> {
            ProblemRow chosen = table.getSelectionModel().getSelectedItem();
            whole.setText(chosen != null ? chosen.sentence() : problems.isEmpty() ? "" : problems.get(0).sentence());
        };
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> show.run());
        problems.addListener((javafx.collections.ListChangeListener<ProblemRow>) change -> show.run());
        whole.visibleProperty().bind(whole.textProperty().isNotEmpty());
        whole.managedProperty().bind(whole.visibleProperty());
        setSpacing(6);
        getChildren().addAll(table, whole);
    }
}
