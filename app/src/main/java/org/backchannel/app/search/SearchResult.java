package org.backchannel.app.search;

import org.backchannel.model.GraphNode;

/**
 * A node the search found, and whether the scene holds it: one found only in the store is
 * marked as such, and picking it brings it into the scene with its neighbours.
 */
public record SearchResult(GraphNode node, boolean inScene) {

    /** The name, what it is, and for a node found only in the store, that picking it loads it. */
    public String label() {
        String what = node.kind() == null ? "other" : node.kind().code();
        return node.name() + "  ·  " + what + (inScene ? "" : "  ·  not on screen, loads with its neighbours");
    }
}
