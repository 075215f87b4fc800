package org.backchannel.app.edit;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** The steps of the exploration, oldest first; clicking one goes back (or forth) to it. Undone steps are greyed. */
public final class HistoryView extends ListView<String> {

    public HistoryView(EditViewModel edit) {
        super(edit.getSteps());
        setId("history");
        setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String step, boolean empty) {
                super.updateItem(step, empty);
                setText(empty ? null : step);
                pseudoClassStateChanged(UNDONE, !empty && getIndex() > edit.positionProperty().get());
            }
        });
        getSelectionModel().select(edit.positionProperty().get());
        edit.positionProperty().addListener((obs, old, now) -> {
            getSelectionModel().select(now.intValue());
            refresh();
        });
        // A step folded into the newest one renames it without moving the position.
        edit.getSteps().addListener((javafx.collections.ListChangeListener<String>) change ->
                getSelectionModel().select(edit.positionProperty().get()));
        setOnMouseClicked(e -> {
            int row = getSelectionModel().getSelectedIndex();
            if (row >= 0 && row != edit.positionProperty().get()) {
                edit.goTo(row);
            }
        });
    }

    private static final javafx.css.PseudoClass UNDONE = javafx.css.PseudoClass.getPseudoClass("undone");
}
