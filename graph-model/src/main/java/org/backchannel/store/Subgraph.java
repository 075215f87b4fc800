package org.backchannel.store;

import java.util.List;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;

/**
 * Part of the graph. {@code capped} says the store held more than the limit let through, and
 * {@code available} how many nodes there were in all (for a "+N more" marker), when known.
 */
public record Subgraph(List<GraphNode> nodes, List<GraphLink> links, boolean capped, long available) {

    public Subgraph {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }
}
