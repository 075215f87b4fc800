package org.backchannel.exploration;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.store.Subgraph;

/**
 * The store's current version of elements, by id: what {@link StoreVersions} and {@link StoreRemoval} compare the
 * loaded graph with. A subgraph may carry an element twice (two queries met it); the first one is kept.
 */
record StoreElements(Map<String, GraphNode> nodes, Map<String, GraphLink> links) {

    static StoreElements of(Subgraph subgraph) {
        return new StoreElements(
                subgraph.nodes().stream().collect(Collectors.toMap(GraphNode::id, Function.identity(), (a, b) -> a)),
                subgraph.links().stream().collect(Collectors.toMap(GraphLink::id, Function.identity(), (a, b) -> a)));
    }

    GraphNode node(String id) {
        return nodes.get(id);
    }

    GraphLink link(String id) {
        return links.get(id);
    }
}
