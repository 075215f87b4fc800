package org.backchannel.exploration;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiConsumer;
import org.backchannel.exploration.ExplorationEvent.Cause;

/** Walks the {@link History} back and forth: undoes or redoes steps until as many are done as asked, in one event. */
final class UndoRedo {

    private final SceneState state;
    private final History history;
    private final BiConsumer<Set<Aspect>, Cause> fire;

    UndoRedo(SceneState state, History history, BiConsumer<Set<Aspect>, Cause> fire) {
        this.state = state;
        this.history = history;
        this.fire = fire;
    }

    void goTo(int position) {
        if (state.readOnly) {
            return;
        }
        int target = Math.max(0, Math.min(history.size(), position));
        if (target == history.position()) {
            return;
        }
        Cause cause = target < history.position() ? Cause.UNDO : Cause.REDO;
        Set<Aspect> changed = EnumSet.of(Aspect.HISTORY);
        while (history.position() > target) {
            changed.addAll(history.stepToUndo().undo(state));
        }
        while (history.position() < target) {
            changed.addAll(history.stepToRedo().redo(state));
        }
        // The selection is not a step of its own; what left the scene leaves it too.
        if (state.selection.removeIf(id -> !state.inScene(id) || state.hidden.contains(id))) {
            changed.add(Aspect.SELECTION);
        }
        fire.accept(changed, cause);
    }
}
