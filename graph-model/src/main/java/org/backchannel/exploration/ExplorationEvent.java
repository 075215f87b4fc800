package org.backchannel.exploration;

import java.util.EnumSet;
import java.util.Set;

/**
 * One change to the exploration, however many parts it touched: a year range set in one step is
 * one event, not two.
 *
 * @param aspects what changed
 * @param cause   why: a view lays the graph out again after a command, but not after an undo,
 *                which puts the positions back as they were
 */
public record ExplorationEvent(Set<Aspect> aspects, Cause cause) {

    /** Why the exploration changed. */
    public enum Cause {
        /**
         * Nodes came from the store outside any step: a new overview (the history starts again), or
         * more nodes for a filter on a capped store.
         */
        LOADED,
        /** A command the user gave (expand, hide, filter, move…). */
        COMMAND,
        UNDO,
        /**
         * A saved snapshot (a session) was put back as a step: its positions are the analyst's, so a
         * view lays out only nodes that have none.
         */
        RESTORED,
        /**
         * A new graph came with a saved state already put over it ({@link StoreChanges#reopen}): as after
         * {@link #LOADED} the history starts again; as after {@link #RESTORED} the positions are the
         * analyst's.
         */
        REOPENED,
        REDO,
        /** A running layout moved nodes. */
        LAYOUT,
        /** Selection, focus or highlights, which are not steps of the history. */
        VIEW
    }

    public ExplorationEvent {
        aspects = aspects.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(aspects));
    }

    public boolean touches(Aspect aspect) {
        return aspects.contains(aspect);
    }

    /** Whether what is drawn (scene, hidden set or filter) may differ. */
    public boolean changesVisible() {
        return touches(Aspect.SCENE) || touches(Aspect.HIDDEN) || touches(Aspect.FILTER);
    }

    /** Whether the loaded graph was replaced, not grown: a new overview, or one reopened with a saved state. */
    public boolean startsOver() {
        return (cause == Cause.LOADED || cause == Cause.REOPENED) && touches(Aspect.SOURCES);
    }

    /** Whether a view should run the layout again: what is drawn or how changed by a command or a load. */
    public boolean wantsLayout() {
        return (cause == Cause.COMMAND || cause == Cause.LOADED) && (changesVisible() || touches(Aspect.LAYOUT_MODE) || touches(Aspect.LAYOUT_RUN));
    }
}
