package org.backchannel.app.filter;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.backchannel.model.NamedEra;

/**
 * "Edit eras…": the analyst's eras in a list beside a form to add an era or change the picked one, with
 * delete and "Restore defaults". Every change is made at once, as an undoable step, so the filter pane's
 * choices follow while the dialog is open; Close only closes it.
 */
public final class ErasDialog {

    private ErasDialog() {
    }

    public static void show(Window owner, ErasViewModel viewModel) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Eras");
        dialog.setHeaderText("Your eras: the filter pane offers them, sessions keep them, and --era takes their names");
        dialog.setResizable(true);

        ListView<NamedEra> list = new ListView<>(viewModel.getEras());
        list.setId("eras-list");
        list.setPrefSize(260, 260);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(NamedEra era, boolean empty) {
                super.updateItem(era, empty);
                setText(empty || era == null ? null : era.describe());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, era) -> viewModel.pickedProperty().set(era));
        viewModel.pickedProperty().addListener((obs, old, era) -> {
            if (era != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(era);
            }
        });

        TextField name = field("era-name", "e.g. Nixon years", 220);
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        TextField from = field("era-from", "1969", 70);
        from.textProperty().bindBidirectional(viewModel.fromProperty());
        TextField to = field("era-to", "open", 70);
        to.setTooltip(new javafx.scene.control.Tooltip("Leave it blank for an era still going on"));
        to.textProperty().bindBidirectional(viewModel.toProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("From"), new HBox(8, from, new Label("to"), to));

        Button add = button("era-add", "Add", viewModel::add);
        Button change = button("era-change", "Change", viewModel::change);
        change.disableProperty().bind(viewModel.pickedProperty().isNull());
        Button delete = button("era-delete", "Delete", viewModel::delete);
        delete.disableProperty().bind(viewModel.pickedProperty().isNull());
        Button defaults = button("era-defaults", "Restore defaults", viewModel::restoreDefaults);
        defaults.disableProperty().bind(viewModel.defaultsProperty());

        Label message = new Label();
        message.setId("era-message");
        message.setWrapText(true);
        message.setMaxWidth(320);
        message.textProperty().bind(viewModel.messageProperty());
        message.styleProperty().bind(Bindings.when(viewModel.problemProperty()).then("-fx-text-fill: #b00020;").otherwise(""));
        Label undo = new Label("Each change is a step of the history: Undo takes it back.");
        undo.getStyleClass().add("hint");
        undo.setWrapText(true);
        undo.setMaxWidth(320);

        VBox right = new VBox(10, form, new HBox(8, add, change, delete), defaults, message, undo);
        HBox content = new HBox(14, list, right);
        content.setPadding(new Insets(6));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }

    private static TextField field(String id, String prompt, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount((int) (width / 10));
        field.setPrefWidth(width);
        return field;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
