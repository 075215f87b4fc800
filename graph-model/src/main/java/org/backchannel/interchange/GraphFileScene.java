package org.backchannel.interchange;

import java.util.Collection;
import java.util.HashMap;
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

    /**
     * The shown nodes and links of a scene, each with the citations {@code evidence} finds for it
     * (asked once per element; the scene's outlines carry none).
     */
    public static GraphFileScene of(Collection<GraphNode> nodes, Collection<GraphLink> links,
                                    Function<GraphNode, List<Citation>> nodeEvidence, Function<GraphLink, List<Citation>> linkEvidence) {
        Map<String, List<Citation>> citations = new HashMap<>();
        nodes.forEach(n -> citations.put(n.id(), nodeEvidence.apply(n)));
        links.forEach(l -> citations.put(l.id(), linkEvidence.apply(l)));
        return new GraphFileScene(List.copyOf(nodes), List.copyOf(links), citations);
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
