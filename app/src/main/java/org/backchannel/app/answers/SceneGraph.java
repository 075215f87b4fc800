package org.backchannel.app.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.ExplorationSnapshot;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;

/**
 * The scene as a graph of its own, for a question asked in the background: the exploration is read on
 * the UI thread only, so the panels copy what it holds (nodes taken out of the scene left out, hidden
 * ones kept, as the command line keeps the parties outside the era) and hand the copy to the worker.
 */
public final class SceneGraph {

    private SceneGraph() {
    }

    public static LoadedGraph of(Exploration exploration) {
        ExplorationSnapshot snapshot = exploration.snapshot();
        Set<String> nodeIds = snapshot.sceneNodeIds();
        Set<String> linkIds = snapshot.sceneLinkIds();
        // In the loaded graph's order, so that the answers break ties as the command line's do.
        List<GraphNode> nodes = new ArrayList<>(nodeIds.size());
        exploration.graph().nodes().forEach(n -> {
            if (nodeIds.contains(n.id())) {
                nodes.add(n);
            }
        });
        List<GraphLink> links = new ArrayList<>(linkIds.size());
        exploration.graph().links().forEach(l -> {
            if (linkIds.contains(l.id())) {
                links.add(l);
            }
        });
        return LoadedGraph.of(nodes, links);
    }

    /** The scene less hidden nodes and what the filter holds back: what the canvas draws. */
    public static LoadedGraph visible(Exploration exploration) {
        Set<String> nodeIds = exploration.visible().nodeIds();
        Set<String> linkIds = exploration.visible().linkIds();
        List<GraphNode> nodes = exploration.graph().nodes().stream().filter(n -> nodeIds.contains(n.id())).toList();
        List<GraphLink> links = exploration.graph().links().stream().filter(l -> linkIds.contains(l.id())).toList();
        return LoadedGraph.of(nodes, links);
    }
}
