package org.backchannel.exploration;

import java.util.Collection;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.GraphNode;
import org.backchannel.store.GraphFilter;

/** The words a menu item shows for a step: "Undo expand William Burns", "Undo hide 3 nodes". */
final class StepNames {

    private StepNames() {
    }

    static String node(LoadedGraph graph, String id) {
        return graph.node(id).map(GraphNode::name).orElse(id);
    }

    /** One node by name, more by count. */
    static String nodes(LoadedGraph graph, Collection<String> ids) {
        return ids.size() == 1 ? node(graph, ids.iterator().next()) : ids.size() + " nodes";
    }

    static String filter(GraphFilter filter) {
        String words = filter.describe();
        return words.isEmpty() ? "clear the filters" : "filter " + words;
    }

    static String layout(LayoutMode mode) {
        return mode == LayoutMode.TIMELINE ? "switch to the timeline" : "switch to the network layout";
    }
}
