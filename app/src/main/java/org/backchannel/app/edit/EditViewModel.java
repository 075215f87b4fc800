package org.backchannel.app.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.History;
import org.backchannel.model.GraphNode;

/**
 * Undo and redo with the step's name ("Undo expand William Burns"), the history as a list to go
 * back to any step, and the commands on the selection: hide, remove from the scene, keep only it,
 * pin; and how many nodes are hidden, to bring them back.
 */
public final class EditViewModel {

    /** A hidden node, for the list that brings it back. */
    public record HiddenNode(String id, String name) {
    }

    /** The first row of the history list: before any step. */
    public static final String START = "Start";

    // Properties
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ObservableList<String> steps = FXCollections.observableArrayList(START);
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position");
    private final ReadOnlyIntegerWrapper hiddenCount = new ReadOnlyIntegerWrapper(this, "hiddenCount");
    private final ObservableList<HiddenNode> hidden = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper anySelected = new ReadOnlyBooleanWrapper(this, "anySelected");

    private final Exploration exploration;

    public EditViewModel(Exploration exploration) {
        this.exploration = exploration;
        exploration.addListener(event -> {
            if (event.touches(Aspect.HISTORY)) {
                followHistory();
            }
            if (event.touches(Aspect.HIDDEN) || event.touches(Aspect.SOURCES)) {
                hidden.setAll(exploration.hidden().stream()
                        .map(id -> new HiddenNode(id, exploration.graph().node(id).map(GraphNode::name).orElse(id))).toList());
            }
            hiddenCount.set(exploration.hidden().size());
            anySelected.set(!exploration.selection().isEmpty());
        });
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** {@link #START}, then the name of every step, oldest first. */
    public ObservableList<String> getSteps() {
        return steps;
    }

    /** The row of the history list the exploration is at: 0 before any step, k after the k-th. */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty hiddenCountProperty() {
        return hiddenCount.getReadOnlyProperty();
    }

    /** The hidden nodes, in the order they were hidden. */
    public ObservableList<HiddenNode> getHidden() {
        return hidden;
    }

    public ReadOnlyBooleanProperty anySelectedProperty() {
        return anySelected.getReadOnlyProperty();
    }

    // Commands

    public void undo() {
        exploration.undo();
    }

    public void redo() {
        exploration.redo();
    }

    /** Goes back (or forth) to a row of the history list. */
    public void goTo(int row) {
        exploration.goTo(row);
    }

    public void hideSelection() {
        exploration.commands().hide(selection());
    }

    public void removeSelection() {
        exploration.commands().remove(selection());
    }

    public void keepOnlySelection() {
        if (!exploration.selection().isEmpty()) {
            exploration.commands().keepOnly(selection());
        }
    }

    /** Pins the selected nodes, or unpins them when they all are pinned. */
    public void togglePinSelection() {
        boolean allPinned = exploration.selection().stream().allMatch(exploration.drawing()::isPinned);
        exploration.commands().setPinned(selection(), !allPinned);
    }

    public void showHidden() {
        exploration.commands().show(Set.copyOf(exploration.hidden()));
    }

    public void show(HiddenNode node) {
        exploration.commands().show(Set.of(node.id()));
    }

    private List<String> selection() {
        return new ArrayList<>(exploration.selection());
    }

    private void followHistory() {
        History history = exploration.history();
        undoText.set(history.undoName().map(name -> "Undo " + name).orElse("Undo"));
        redoText.set(history.redoName().map(name -> "Redo " + name).orElse("Redo"));
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        List<String> rows = new ArrayList<>(history.size() + 1);
        rows.add(START);
        rows.addAll(history.names());
        if (!rows.equals(steps)) {
            steps.setAll(rows);
        }
        position.set(history.position());
    }
}
