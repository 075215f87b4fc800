package org.backchannel.exploration;

import java.util.Collection;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.GraphNode;
import org.backchannel.model.NodeEncoding;
import org.backchannel.model.SizeMeasure;
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

    /** "size nodes by betweenness", "colour nodes by community": what changed from {@code before}. */
    static String encoding(NodeEncoding before, NodeEncoding after) {
        if (before.sizeBy() != after.sizeBy() && before.colourBy() == after.colourBy()) {
            return after.sizeBy() == SizeMeasure.UNIFORM ? "draw nodes all one size" : "size nodes by " + after.sizeBy().title();
        }
        if (before.sizeBy() == after.sizeBy()) {
            return "colour nodes by " + after.colourBy().code();
        }
        return "size nodes by " + after.sizeBy().title() + ", colour by " + after.colourBy().code();
    }

    static String layout(LayoutMode mode) {
        return mode == LayoutMode.TIMELINE ? "switch to the timeline" : "switch to the network layout";
    }
}
