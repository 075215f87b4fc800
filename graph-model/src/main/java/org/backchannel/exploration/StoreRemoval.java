package org.backchannel.exploration;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.exploration.StateKey.Field;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.store.Subgraph;

/**
 * A dataset was removed from the store: what left the store leaves the exploration too, and what stayed
 * is shown as the store now holds it (a name a removed revision had corrected is the earlier one again).
 * The analyst's work on everything else stays, history included: each step loses only its cells about
 * what left, and a step about nothing else is dropped, so that no undo or redo brings back an element
 * the store no longer holds. The removal itself is no step: it changed the store, which undo never writes.
 * Notes stay, as the analyst wrote them.
 */
final class StoreRemoval {

    /** The per-element cells that name a node or link; a note is the analyst's text and is kept. */
    private static final Set<Field> ELEMENT_FIELDS = EnumSet.of(Field.SCENE_NODE, Field.SCENE_LINK, Field.HIDDEN,
            Field.POSITION, Field.PINNED, Field.SELECTED, Field.NOT_LOADED);

    private StoreRemoval() {
    }

    /**
     * @param present       the loaded nodes the store still holds, and links among them, as it holds them now
     * @param linksComplete whether {@code present} holds every link among those nodes (not capped), so that a
     *                      loaded link missing from it left the store; otherwise only links whose ends left go
     */
    static Forgotten apply(SceneState state, History history, Subgraph present, boolean linksComplete) {
        StoreElements now = StoreElements.of(present);
        Set<String> gone = new HashSet<>();
        List<GraphNode> nodes = new ArrayList<>();
        for (GraphNode node : state.graph.nodes()) {
            GraphNode nodeNow = now.node(node.id());
            if (nodeNow == null) {
                gone.add(node.id());
            } else {
                nodes.add(nodeNow);
            }
        }
        int goneNodes = gone.size();
        List<GraphLink> links = new ArrayList<>();
        for (GraphLink link : state.graph.links()) {
            GraphLink linkNow = now.link(link.id());
            if (gone.contains(link.fromId()) || gone.contains(link.toId()) || (linkNow == null && linksComplete)) {
                gone.add(link.id());
            } else {
                links.add(linkNow == null ? link : linkNow);
            }
        }
        state.graph = LoadedGraph.of(nodes, links);
        state.nodesOut.removeAll(gone);
        state.linksOut.removeAll(gone);
        state.hidden.removeAll(gone);
        state.selection.removeAll(gone);
        state.notLoaded.keySet().removeAll(gone);
        gone.forEach(id -> {
            state.drawing.put(id, null);
            state.drawing.setPinned(id, false);
        });
        if (gone.contains(state.focus)) {
            state.focus = null;
        }
        state.graphGrew();
        int steps = history.forget(key -> ELEMENT_FIELDS.contains(key.field()) && gone.contains(key.id()));
        return new Forgotten(goneNodes, gone.size() - goneNodes, steps);
    }
}
