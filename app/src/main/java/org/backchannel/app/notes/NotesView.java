package org.backchannel.app.notes;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The analyst's note under the evidence, marked as theirs: an editor, Save and Delete. */
public final class NotesView extends VBox {

    public NotesView(NotesViewModel viewModel) {
        super(4);
        setId("notes");
        getStyleClass().add("analyst-note");
        Label heading = new Label();
        heading.setId("note-heading");
        heading.getStyleClass().add("section");
        heading.textProperty().bind(viewModel.headingProperty());
        Label whose = new Label("Written by you, kept in your session, never in the store.");
        whose.getStyleClass().add("hint");
        whose.setWrapText(true);

        TextArea editor = new TextArea();
        editor.setId("note-text");
        editor.setWrapText(true);
        editor.setPrefRowCount(3);
        editor.setPromptText("Write a note…");
        editor.textProperty().bindBidirectional(viewModel.draftProperty());

        Button save = new Button("Save note");
        save.setId("note-save");
        save.disableProperty().bind(viewModel.draftProperty().isEqualTo(viewModel.savedProperty()));
        save.setOnAction(e -> viewModel.save());
        Button delete = new Button("Delete note");
        delete.setId("note-delete");
        delete.disableProperty().bind(viewModel.hasNoteProperty().not());
        delete.setOnAction(e -> viewModel.delete());
        getChildren().addAll(heading, whose, editor, new HBox(6, save, delete));
    }
}
