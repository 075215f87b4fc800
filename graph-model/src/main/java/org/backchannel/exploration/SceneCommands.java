package org.backchannel.exploration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.exploration.ExplorationEvent.Cause;
import org.backchannel.exploration.StateKey.Field;
import org.backchannel.model.GraphNode;
import org.backchannel.model.NodeEncoding;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.Subgraph;

/**
 * The commands that change the analyst's work, each one named step of the history: expand, hide,
 * remove, keep only, filter, move, pin, switch or run the layout, restore a snapshot.
 */
public final class SceneCommands {

    private static final String SWEEP = "filter sweep";

    private final Recorder recorder;
    private final SceneState state;

    SceneCommands(Recorder recorder, SceneState state) {
        this.recorder = recorder;
        this.state = state;
    }

    /**
     * Adds what the store sent around a node (its neighbours, up to a limit) to the scene. Undoing it
     * takes them out of the scene but keeps them loaded, so that redo asks the store nothing.
     *
     * @return how many nodes were new to the scene
     */
    public int expand(String nodeId, Subgraph around) {
        long missing = around.capped() ? around.available() - around.links().size() : 0;
        return bringIn("expand " + StepNames.node(state.graph, nodeId), around,
                () -> recorder.set(StateKey.of(Field.NOT_LOADED, nodeId), missing > 0 ? missing : null));
    }

    /**
     * Brings what a dataset just imported holds into the scene, as one step named after it. Undoing
     * it takes its elements out of the scene (they stay loaded, and in the store). Elements already loaded
     * take the version {@code imported} carries, so a revised one is counted and drawn as it now is.
     *
     * @return how many nodes were new to the scene
     */
    public int showImported(String datasetTitle, Subgraph imported) {
        // What was loaded before and the import revised comes as the store now holds it, outside the step.
        StoreVersions.refresh(state, imported);
        // "Undo show the imported …": undoing changes the scene, never the store, and the name says so.
        return bringIn("show the imported \u201c" + datasetTitle + "\u201d", imported, () -> { });
    }

    private int bringIn(String stepName, Subgraph part, Runnable more) {
        LoadedGraph graph = state.graph;
        Map<String, Boolean> nodesBefore = new HashMap<>();
        part.nodes().forEach(n -> nodesBefore.putIfAbsent(n.id(), state.inScene(n.id())));
        Map<String, Boolean> linksBefore = new HashMap<>();
        part.links().forEach(l -> linksBefore.putIfAbsent(l.id(), (Boolean) state.get(StateKey.of(Field.SCENE_LINK, l.id()))));
        int[] added = {0};
        recorder.step(stepName, null, false, () -> {
            graph.add(part.nodes(), part.links());
            state.graphGrew();
            recorder.markTouched(Aspect.SCENE);
            nodesBefore.forEach((id, before) -> {
                recorder.change(StateKey.of(Field.SCENE_NODE, id), before, true);
                added[0] += before ? 0 : 1;
            });
            linksBefore.forEach((id, before) -> {
                if (graph.link(id).isPresent()) {
                    recorder.change(StateKey.of(Field.SCENE_LINK, id), before, true);
                }
            });
            more.run();
        });
        return added[0];
    }

    /** Adds nodes the store sent for a filter on a capped store: more of the overview, not a step of its own. */
    public int addLoaded(Subgraph more) {
        int added = state.graph.add(more.nodes(), more.links());
        state.graphGrew();
        recorder.markTouched(Aspect.SCENE);
        recorder.fireTouched(Cause.LOADED);
        return added;
    }

    /** Keeps nodes in the scene but stops drawing them, until {@link #show} brings them back. */
    public void hide(Collection<String> ids) {
        List<String> shown = ids.stream().filter(id -> state.inScene(id) && !state.hidden.contains(id)).toList();
        recorder.step("hide " + StepNames.nodes(state.graph, shown), null, false, () -> shown.forEach(id -> {
            recorder.set(StateKey.of(Field.HIDDEN, id), true);
            recorder.set(StateKey.of(Field.SELECTED, id), false);
        }));
    }

    public void show(Collection<String> ids) {
        List<String> hidden = ids.stream().filter(state.hidden::contains).toList();
        recorder.step("show " + StepNames.nodes(state.graph, hidden) + " again", null, false,
                () -> hidden.forEach(id -> recorder.set(StateKey.of(Field.HIDDEN, id), false)));
    }

    /** Takes nodes out of the scene, with their links, positions and pins; they stay loaded. */
    public void remove(Collection<String> ids) {
        List<String> present = ids.stream().filter(state::inScene).distinct().toList();
        recorder.step("remove " + StepNames.nodes(state.graph, present) + " from the scene", null, false,
                () -> present.forEach(this::takeOut));
    }

    /** Removes every scene node but these. */
    public void keepOnly(Collection<String> ids) {
        Set<String> kept = new HashSet<>(ids);
        List<String> others = new ArrayList<>();
        for (GraphNode node : state.graph.nodes()) {
            if (state.inScene(node.id()) && !kept.contains(node.id())) {
                others.add(node.id());
            }
        }
        recorder.step("keep only " + StepNames.nodes(state.graph, kept), null, false, () -> others.forEach(this::takeOut));
    }

    /** Sets the whole filter in one step: a year range is one change, one event, one relayout. */
    public void apply(GraphFilter filter) {
        recorder.step(StepNames.filter(filter), null, false, () -> recorder.set(StateKey.of(Field.FILTER), filter));
    }

    /** A filter change that continues the one before (a slider being dragged): consecutive adjustments are one step. */
    public void adjust(GraphFilter filter) {
        recorder.step(StepNames.filter(filter), "filter adjust", false, () -> recorder.set(StateKey.of(Field.FILTER), filter));
    }

    /** A filter change that continues a sweep through time (the play button): all ticks of a sweep are one step. */
    public void applySweeping(GraphFilter filter) {
        recorder.step("play through the years", SWEEP, false, () -> recorder.set(StateKey.of(Field.FILTER), filter));
    }

    /** Moves a node and pins it there; the moves of one drag (until another step) are one step. */
    public void move(String id, double x, double y) {
        recorder.step("move " + StepNames.node(state.graph, id), "move " + id, false, () -> {
            recorder.set(StateKey.of(Field.POSITION, id), new Point(x, y));
            recorder.set(StateKey.of(Field.PINNED, id), true);
        });
    }

    public void setPinned(String id, boolean pinned) {
        setPinned(List.of(id), pinned);
    }

    /** Pins or unpins nodes, in one step. */
    public void setPinned(Collection<String> ids, boolean pinned) {
        recorder.step((pinned ? "pin " : "unpin ") + StepNames.nodes(state.graph, ids), null, false,
                () -> ids.forEach(id -> recorder.set(StateKey.of(Field.PINNED, id), pinned)));
    }

    public void switchLayout(LayoutMode mode) {
        recorder.step(StepNames.layout(mode), null, false, () -> recorder.set(StateKey.of(Field.LAYOUT_MODE), mode));
    }

    /** Sizes and colours nodes by another measure ("size nodes by betweenness"): one step, which a session keeps. */
    public void encodeNodes(NodeEncoding encoding) {
        recorder.step(StepNames.encoding(state.nodeEncoding, encoding), null, false,
                () -> recorder.set(StateKey.of(Field.NODE_ENCODING), encoding));
    }

    /** Asks for the layout to run again; the moves it makes are this step's. */
    public void runLayout() {
        recorder.step("run the layout", null, true, () -> recorder.markTouched(Aspect.LAYOUT_RUN));
    }

    /**
     * Where a layout put nodes. Not a step of its own: the moves belong to the step that made the
     * layout run (an expansion, a filter, a layout run), so that undoing it puts every node back.
     */
    public void place(List<String> ids, double[] xs, double[] ys) {
        for (int i = 0; i < ids.size(); i++) {
            recorder.place(ids.get(i), new Point(xs[i], ys[i]));
        }
        recorder.fireTouched(Cause.LAYOUT);
    }

    /** Places one node (a newcomer beside its neighbours) the way {@link #place(List, double[], double[])} does. */
    public void place(String id, Point at) {
        recorder.place(id, at);
        recorder.fireTouched(Cause.LAYOUT);
    }

    /**
     * Puts a snapshot back as one named step ("open session"). Nodes it names must be loaded:
     * {@link #notLoadedFrom} says which are not, for the caller to ask the store for first.
     */
    public void restore(String name, ExplorationSnapshot snapshot) {
        recorder.step(name, null, false, Cause.RESTORED, () -> SnapshotRestore.putBack(recorder, state, snapshot));
    }

    /** The scene nodes of a snapshot that are not loaded. */
    public Set<String> notLoadedFrom(ExplorationSnapshot snapshot) {
        Set<String> missing = new HashSet<>();
        snapshot.sceneNodeIds().forEach(id -> {
            if (state.graph.node(id).isEmpty()) {
                missing.add(id);
            }
        });
        return missing;
    }

    private void takeOut(String id) {
        recorder.set(StateKey.of(Field.SCENE_NODE, id), false);
        recorder.set(StateKey.of(Field.SELECTED, id), false);
        recorder.set(StateKey.of(Field.HIDDEN, id), false);
        recorder.set(StateKey.of(Field.PINNED, id), false);
        recorder.set(StateKey.of(Field.POSITION, id), null);
        recorder.set(StateKey.of(Field.NOT_LOADED, id), null);
    }
}
