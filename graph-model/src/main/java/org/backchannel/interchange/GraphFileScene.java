package org.backchannel.interchange;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backchannel.model.Citation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;

/**
 * What a graph file holds: the scene's nodes and links, and the citations behind each of them. The
 * scene's elements are outlines without citations (see docs/architecture.md), so the caller hands
 * over the citations it asked the store for, by element id; an element missing from that map keeps
 * the citations it carries.
 */
public record GraphFileScene(List<GraphNode> nodes, List<GraphLink> links, Map<String, List<Citation>> citations) {

    public GraphFileScene {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        citations = Map.copyOf(citations);
        Map<String, GraphNode> byId = nodes.stream().collect(Collectors.toMap(GraphNode::id, Function.identity()));
        for (GraphLink link : links) {
            if (!byId.containsKey(link.fromId()) || !byId.containsKey(link.toId())) {
                throw new IllegalArgumentException("link " + link.id() + " ends outside the scene");
            }
        }
    }

    List<Citation> citationsOf(GraphNode node) {
        return citations.getOrDefault(node.id(), node.citations());
    }

    List<Citation> citationsOf(GraphLink link) {
        return citations.getOrDefault(link.id(), link.citations());
    }

    Map<String, GraphNode> nodesById() {
        return nodes.stream().collect(Collectors.toMap(GraphNode::id, Function.identity()));
    }
}
