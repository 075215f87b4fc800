package org.backchannel.exploration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.store.Subgraph;

/**
 * Answers what a store would for a dataset held in memory, and counts the questions: the exploration
 * is given the answers, and undo must never need another.
 */
final class StoreStandIn {

    private final Dataset dataset;
    private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
    private int questions;

    StoreStandIn(Dataset dataset) {
        this.dataset = dataset;
        dataset.nodes().forEach(n -> nodes.put(n.id(), n));
    }

    /** The first {@code count} nodes and the links among them. */
    LoadedGraph overview(int count) {
        questions++;
        List<GraphNode> first = dataset.nodes().subList(0, Math.min(count, dataset.nodes().size()));
        return LoadedGraph.of(first, dataset.links());
    }

    /** A node's links, at most {@code limit}, and the nodes at their other ends; {@code available} is all its links. */
    Subgraph neighbours(String id, int limit) {
        questions++;
        List<GraphLink> all = dataset.links().stream().filter(l -> l.fromId().equals(id) || l.toId().equals(id)).toList();
        List<GraphLink> some = all.subList(0, Math.min(limit, all.size()));
        List<GraphNode> ends = new ArrayList<>();
        for (GraphLink link : some) {
            ends.add(nodes.get(LoadedGraph.otherEnd(link, id)));
        }
        return new Subgraph(ends, some, some.size() < all.size(), all.size());
    }

    String name(String id) {
        return nodes.get(id).name();
    }

    Set<String> ids() {
        return nodes.keySet();
    }

    int questions() {
        return questions;
    }
}
