package org.backchannel.app.edit;

import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import org.backchannel.app.look.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The toolbar's Edit menu, whose undo and redo items carry the step's name, and a "hidden: N"
 * list that brings hidden nodes back. Undo and redo's keys work anywhere in the window.
 */
public final class EditMenu extends HBox {

    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    /** The other usual key for redo. */
    public static final KeyCombination REDO_TOO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    public EditMenu(EditViewModel edit) {
        super(4);
        MenuItem undo = item("undo", edit::undo);
        undo.setGraphic(Icons.of(MaterialDesignU.UNDO));
        undo.textProperty().bind(edit.undoTextProperty());
        undo.disableProperty().bind(edit.canUndoProperty().not());
        undo.setAccelerator(UNDO);
        MenuItem redo = item("redo", edit::redo);
        redo.setGraphic(Icons.of(MaterialDesignR.REDO));
        redo.textProperty().bind(edit.redoTextProperty());
        redo.disableProperty().bind(edit.canRedoProperty().not());
        redo.setAccelerator(REDO);
        // Their keys (H, Delete, K, P) belong to the graph, not the window: typed in the search field they are letters.
        MenuItem hide = selectionItem("Hide the selection (H)", "hide", edit::hideSelection, edit);
        MenuItem remove = selectionItem("Remove the selection from the scene (Delete)", "remove", edit::removeSelection, edit);
        MenuItem keepOnly = selectionItem("Keep only the selection (K)", "keep-only", edit::keepOnlySelection, edit);
        MenuItem pin = selectionItem("Pin or unpin the selection (P)", "pin", edit::togglePinSelection, edit);
        hide.setGraphic(Icons.of(MaterialDesignE.EYE_OFF_OUTLINE));
        remove.setGraphic(Icons.of(MaterialDesignD.DELETE_OUTLINE));
        keepOnly.setGraphic(Icons.of(MaterialDesignS.SELECT_GROUP));
        pin.setGraphic(Icons.of(MaterialDesignP.PIN_OUTLINE));
        MenuButton menu = new MenuButton("Edit", null, undo, redo, new SeparatorMenuItem(), hide, remove, keepOnly, pin);
        menu.setId("edit-menu");

        getChildren().addAll(menu, hiddenList(edit));
    }

    /** "hidden: N", a list of the hidden nodes: pick one to show it again, or all of them. */
    private static MenuButton hiddenList(EditViewModel edit) {
        MenuButton hidden = new MenuButton();
        hidden.setId("hidden-nodes");
        hidden.textProperty().bind(edit.hiddenCountProperty().asString("hidden: %d"));
        hidden.setTooltip(new Tooltip("Show hidden nodes again"));
        hidden.visibleProperty().bind(edit.hiddenCountProperty().greaterThan(0));
        hidden.managedProperty().bind(hidden.visibleProperty());
        edit.getHidden().addListener((javafx.collections.ListChangeListener<EditViewModel.HiddenNode>) change -> {
            MenuItem all = item("show-all-hidden", edit::showHidden);
            all.setText("Show all");
            hidden.getItems().setAll(all, new SeparatorMenuItem());
            for (EditViewModel.HiddenNode node : edit.getHidden()) {
                MenuItem one = item("", () -> edit.show(node));
                one.setText(node.name());
                hidden.getItems().add(one);
            }
        });
        return hidden;
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
