package org.backchannel.app.edit;

import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;

/**
 * The toolbar's Edit menu, whose undo and redo items carry the step's name, and a "hidden: N"
 * button that brings hidden nodes back. The keys work anywhere in the window.
 */
public final class EditMenu extends HBox {

    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    /** The other usual key for redo. */
    public static final KeyCombination REDO_TOO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    public EditMenu(EditViewModel edit) {
        super(4);
        MenuItem undo = item("undo", edit::undo);
        undo.textProperty().bind(edit.undoTextProperty());
        undo.disableProperty().bind(edit.canUndoProperty().not());
        undo.setAccelerator(UNDO);
        MenuItem redo = item("redo", edit::redo);
        redo.textProperty().bind(edit.redoTextProperty());
        redo.disableProperty().bind(edit.canRedoProperty().not());
        redo.setAccelerator(REDO);
        // Their keys (H, Delete, K, P) belong to the graph, not the window: typed in the search field they are letters.
        MenuItem hide = selectionItem("Hide the selection (H)", "hide", edit::hideSelection, edit);
        MenuItem remove = selectionItem("Remove the selection from the scene (Delete)", "remove", edit::removeSelection, edit);
        MenuItem keepOnly = selectionItem("Keep only the selection (K)", "keep-only", edit::keepOnlySelection, edit);
        MenuItem pin = selectionItem("Pin or unpin the selection (P)", "pin", edit::togglePinSelection, edit);
        MenuButton menu = new MenuButton("Edit", null, undo, redo, new SeparatorMenuItem(), hide, remove, keepOnly, pin);
        menu.setId("edit-menu");

        Button hidden = new Button();
        hidden.setId("show-hidden");
        hidden.textProperty().bind(edit.hiddenCountProperty().asString("hidden: %d"));
        hidden.setTooltip(new Tooltip("Show the hidden nodes again"));
        hidden.visibleProperty().bind(edit.hiddenCountProperty().greaterThan(0));
        hidden.managedProperty().bind(hidden.visibleProperty());
        hidden.setOnAction(e -> edit.showHidden());
        getChildren().addAll(menu, hidden);
    }

    private static MenuItem item(String id, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static MenuItem selectionItem(String text, String id, Runnable action, EditViewModel edit) {
        MenuItem item = item(id, action);
        item.setText(text);
        item.disableProperty().bind(edit.anySelectedProperty().not());
        return item;
    }
}
