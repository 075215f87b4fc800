package org.backchannel.exploration;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.exploration.ExplorationEvent.Cause;
import org.backchannel.model.Source;
import org.backchannel.session.DrawingCache;
import org.backchannel.store.Subgraph;

/**
 * What the store does to the exploration outside the analyst's steps: a saved state put over a new overview,
 * a picture kept read-only until the store answers, the store's sources after an import, a dataset removed.
 * None of it is a step of the {@link History}: the store changed, not the analyst's work.
 */
public final class StoreChanges {

    private final SceneState state;
    private final History history;
    private final SceneLoading loading;
    private final BiConsumer<Set<Aspect>, Cause> fire;

    StoreChanges(SceneState state, History history, SceneLoading loading, BiConsumer<Set<Aspect>, Cause> fire) {
        this.state = state;
        this.history = history;
        this.loading = loading;
        this.fire = fire;
    }

    /**
     * Starts over with a new overview and a saved state put over it (a session reopened at launch, or the
     * picture drawn from the drawing cache before the store answered). Like {@link Exploration#load} the history
     * starts again, here with the saved state; the event's cause is {@link Cause#REOPENED}, so that a
     * view keeps the saved positions and lays out only nodes that have none.
     */
    public void reopen(LoadedGraph overview, List<Source> storeSources, ExplorationSnapshot saved) {
        loading.startOver(overview, storeSources, saved, Cause.REOPENED);
    }

    /**
     * Starts over with the last session's picture, drawn from its drawing cache before the store answers, as
     * {@link #reopen} does. Its filter is the exploration's, so that every pane says the picture is filtered, but it
     * is not applied again: the picture holds only what passed it, and none of the dates an era filter reads.
     */
    public void showPicture(DrawingCache cache) {
        loading.startOver(DrawingCacheMapping.graphOf(cache), List.of(), DrawingCacheMapping.snapshotOf(cache), Cause.REOPENED, true);
    }

    /**
     * While read-only no command changes the analyst's work (commands are ignored and record no step):
     * for a picture drawn before the store answered, which the store's graph replaces.
     */
    public void setReadOnly(boolean readOnly) {
        state.readOnly = readOnly;
    }

    public boolean isReadOnly() {
        return state.readOnly;
    }

    /** The store's sources after an import added some, so that the evidence of what it brought in is shown with its titles. */
    public void useSources(List<Source> storeSources) {
        loading.useSources(storeSources);
    }

    /**
     * After a dataset left the store: takes what left out of the scene and out of every step of the history,
     * and shows what stayed as the store now holds it; everything else stays as the analyst left it (see
     * {@link StoreRemoval}). Undo never writes to the store.
     */
    public Forgotten forgetRemoved(Subgraph present, boolean linksComplete) {
        Forgotten forgotten = StoreRemoval.apply(state, history, present, linksComplete);
        fire.accept(EnumSet.allOf(Aspect.class), Cause.RESTORED);
        return forgotten;
    }
}
