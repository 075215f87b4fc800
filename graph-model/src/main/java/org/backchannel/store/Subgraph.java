package org.backchannel.store;

import java.util.List;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkOutlines;

/**
 * Part of the graph. {@code capped} says the store held more than the limit let through.
 * {@code available} says how many there were in all (nodes for an overview, links for a node's
 * neighbours), for a "+N more" marker: exactly when {@code availableExact}, else only that there
 * were more than that many, because counting every match of a filter in a large store would cost
 * more than the answer.
 */
public record Subgraph(List<GraphNode> nodes, List<GraphLink> links, boolean capped, long available, boolean availableExact) {

    public Subgraph {
        nodes = List.copyOf(nodes);
        // Links fed in as columns are immutable already; a copy would make a record of each.
        links = links instanceof LinkOutlines ? links : List.copyOf(links);
    }

    /** A part whose total is known exactly. */
    public Subgraph(List<GraphNode> nodes, List<GraphLink> links, boolean capped, long available) {
        this(nodes, links, capped, available, true);
    }
}
