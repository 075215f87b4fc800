package org.backchannel.store;

import java.util.List;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;

/** A walk from one node to another: {@code nodes.size() == links.size() + 1}, links in walking order. */
public record GraphPath(List<GraphNode> nodes, List<GraphLink> links) {

    public GraphPath {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        if (nodes.size() != links.size() + 1) {
            throw new IllegalArgumentException("a path of " + links.size() + " links needs " + (links.size() + 1) + " nodes");
        }
    }

    public int hops() {
        return links.size();
    }
}
