package org.backchannel.exploration;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.exploration.ExplorationEvent.Cause;
import org.backchannel.model.Source;

/**
 * Starting over with what the store gave: a new overview (with a saved state put over it, or not) and the
 * sources the store holds. Not steps: the history starts again with each new overview.
 */
final class SceneLoading {

    private final SceneState state;
    private final History history;
    private final Looking looking;
    private final SceneMeasures measures;
    private final BiConsumer<Set<Aspect>, Cause> fire;
    private List<Source> sources = List.of();

    SceneLoading(SceneState state, History history, Looking looking, SceneMeasures measures, BiConsumer<Set<Aspect>, Cause> fire) {
        this.state = state;
        this.history = history;
        this.looking = looking;
        this.measures = measures;
        this.fire = fire;
    }

    List<Source> sources() {
        return sources;
    }

    /** @param saved put over the overview, or null for the overview as it is */
    void startOver(LoadedGraph overview, List<Source> storeSources, ExplorationSnapshot saved, Cause cause) {
        startOver(overview, storeSources, saved, cause, false);
    }

    /** @param picture whether the graph is a saved picture, whose filter is shown and not applied again */
    void startOver(LoadedGraph overview, List<Source> storeSources, ExplorationSnapshot saved, Cause cause, boolean picture) {
        state.reset(overview);
        if (saved != null) {
            state.place(saved);
        }
        state.picture = picture;
        sources = List.copyOf(storeSources);
        history.clear();
        looking.startOver();
        measures.forget();
        fire.accept(EnumSet.allOf(Aspect.class), cause);
    }

    void useSources(List<Source> storeSources) {
        sources = List.copyOf(storeSources);
        fire.accept(EnumSet.of(Aspect.SOURCES), Cause.VIEW);
    }
}
