package org.backchannel.exploration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The named steps of an exploration and how many of them are done. Steps after the position are the
 * ones undone, waiting for a redo; a new step drops them.
 */
public final class History {

    /** Steps kept; the oldest go first. A step holds only what it changed, so this is a few megabytes at most. */
    static final int LIMIT = 200;

    private final List<Step> steps = new ArrayList<>();
    private int position;

    /** Names of all steps, oldest first; the first {@link #position()} of them are done. */
    public List<String> names() {
        return steps.stream().map(Step::name).toList();
    }

    /** How many steps are done: going back to position k undoes every step after the k-th. */
    public int position() {
        return position;
    }

    public int size() {
        return steps.size();
    }

    public boolean canUndo() {
        return position > 0;
    }

    public boolean canRedo() {
        return position < steps.size();
    }

    /** The name of the step an undo would take back, e.g. "expand William Burns". */
    public Optional<String> undoName() {
        return canUndo() ? Optional.of(steps.get(position - 1).name()) : Optional.empty();
    }

    public Optional<String> redoName() {
        return canRedo() ? Optional.of(steps.get(position).name()) : Optional.empty();
    }

    /** Adds a done step, or folds it into the newest one when both carry the same merge key; false when nothing was kept. */
    boolean record(Step step) {
        steps.subList(position, steps.size()).clear();
        Step newest = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        if (newest != null && newest.mergesWith(step.mergeKey())) {
            newest.absorb(step);
            return true;
        }
        if (step.isEmpty() && !step.keptWhenEmpty()) {
            return false;
        }
        steps.add(step);
        if (steps.size() > LIMIT) {
            steps.remove(0);
        }
        position = steps.size();
        return true;
    }

    /** The newest step, when it is done and nothing waits for a redo: a running layout's moves belong to it. */
    Optional<Step> openStep() {
        return position > 0 && position == steps.size() ? Optional.of(steps.get(position - 1)) : Optional.empty();
    }

    Step stepToUndo() {
        return steps.get(--position);
    }

    Step stepToRedo() {
        return steps.get(position++);
    }

    void clear() {
        steps.clear();
        position = 0;
    }
}
