package org.backchannel.exploration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The named steps of an exploration and how many of them are done. Steps after the position are the
 * ones undone, waiting for a redo; a new step drops them.
 */
public final class History {

    /** Steps kept at most; the oldest go first. */
    static final int LIMIT = 200;
    /**
     * State cells kept at most, over all steps (about 150 bytes each). A step holds only what it
     * changed, but a layout run after it moves every node: on a 10,000-node scene that is 10,000
     * cells, so it is this bound, not the step count, that keeps a long session's history in tens
     * of megabytes.
     */
    static final int CELL_LIMIT = 500_000;

    private final List<Step> steps = new ArrayList<>();
    private final int limit;
    private final int cellLimit;
    private int position;

    History() {
        this(LIMIT, CELL_LIMIT);
    }

    History(int limit, int cellLimit) {
        this.limit = limit;
        this.cellLimit = cellLimit;
    }

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
        position = steps.size();
        // The newest step stays even when it alone is larger than the bound: it is the one an undo needs.
        while (steps.size() > 1 && (steps.size() > limit || cells() > cellLimit)) {
            steps.remove(0);
            position--;
        }
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

    /** Cells held by all steps; a running layout adds to the newest, so this is counted when needed. */
    private long cells() {
        long cells = 0;
        for (Step step : steps) {
            cells += step.size();
        }
        return cells;
    }

    /**
     * Takes the cells {@code what} matches out of every step (what left the store), and drops the steps
     * left with nothing to undo, keeping the position on the same step.
     *
     * @return how many steps were dropped
     */
    int forget(Predicate<StateKey> what) {
        int dropped = 0;
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step step = steps.get(i);
            if (step.forget(what) && step.isEmpty()) {
                steps.remove(i);
                dropped++;
                if (i < position) {
                    position--;
                }
            }
        }
        return dropped;
    }

    void clear() {
        steps.clear();
        position = 0;
    }
}
