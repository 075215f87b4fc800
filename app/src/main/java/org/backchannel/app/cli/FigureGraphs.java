package org.backchannel.app.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.exploration.SceneCap;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.GraphStore;
import org.backchannel.store.Subgraph;

/** The graph a headless figure shows, loaded from the store as the app would load it. */
final class FigureGraphs {

    private FigureGraphs() {
    }

    /** The store's overview under the filter, capped as the app's scene is. */
    static LoadedGraph overview(GraphStore store, GraphFilter filter) {
        Subgraph subgraph = store.overview(filter, SceneCap.FOR_FIGURES);
        return LoadedGraph.of(subgraph.nodes(), subgraph.links());
    }

    /** The focus node and everything within {@code depth} links of it, expanded as double-clicks in the app would. */
    static LoadedGraph neighbourhood(GraphStore store, String focus, int depth) {
        LoadedGraph graph = LoadedGraph.of(List.of(), List.of());
        Set<String> frontier = Set.of(focus);
        Set<String> seen = new HashSet<>();
        for (int level = 0; level <= depth && !frontier.isEmpty(); level++) {
            Set<String> next = new HashSet<>();
            for (String id : frontier) {
                if (!seen.add(id)) {
                    continue;
                }
                Subgraph around = store.neighbours(id, SceneCap.FOR_FIGURES);
                if (level < depth) {
                    graph.add(around.nodes(), around.links());
                    around.nodes().forEach(n -> next.add(n.id()));
                } else {
                    graph.add(around.nodes().stream().filter(n -> n.id().equals(id)).toList(), List.of());
                }
            }
            frontier = next;
        }
        return graph;
    }
}
