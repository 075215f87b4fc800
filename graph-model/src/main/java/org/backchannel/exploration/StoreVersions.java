package org.backchannel.exploration;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.store.Subgraph;

/**
 * Puts the store's new version of elements already loaded in place of the old one. {@link LoadedGraph#add} keeps
 * what it already holds, which is right for an expansion (the store sent the same node again) but not after an
 * import that revised an element: a channel whose type changed would stay counted and drawn under the old type.
 * Not a step of the history: the store changed, not the analyst's work (as in {@link StoreRemoval}).
 */
final class StoreVersions {

    private StoreVersions() {
    }

    /** @return whether any loaded element differed from {@code fresh}'s version of it (then the graph is rebuilt) */
    static boolean refresh(SceneState state, Subgraph fresh) {
        StoreElements now = StoreElements.of(fresh);
        boolean changed = false;
        List<GraphNode> nodes = new ArrayList<>(state.graph.nodeCount());
        for (GraphNode node : state.graph.nodes()) {
            GraphNode nodeNow = now.nodes().getOrDefault(node.id(), node);
            changed |= !nodeNow.equals(node);
            nodes.add(nodeNow);
        }
        List<GraphLink> links = new ArrayList<>(state.graph.linkCount());
        for (GraphLink link : state.graph.links()) {
            GraphLink linkNow = now.links().getOrDefault(link.id(), link);
            changed |= !linkNow.equals(link);
            links.add(linkNow);
        }
        if (changed) {
            state.graph = LoadedGraph.of(nodes, links);
            state.graphGrew();
        }
        return changed;
    }
}
