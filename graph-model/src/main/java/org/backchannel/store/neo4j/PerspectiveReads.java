package org.backchannel.store.neo4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.perspective.PerspectiveMapping;
import org.backchannel.store.Subgraph;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * The browsing reads of a {@link PerspectiveStore}, each in the caller's read transaction: the
 * overview's best-connected nodes and the links among them, a node's neighbourhood, and a node or
 * link whole. Exchanges recorded as nodes come back as links between their parties, and every
 * channel-type value as a channel node, so the scene has what Backchannel's own store gives.
 */
final class PerspectiveReads {

    private final PerspectiveQueries queries;
    private final PerspectiveRows rows;

    PerspectiveReads(PerspectiveQueries queries, PerspectiveRows rows) {
        this.queries = queries;
        this.rows = rows;
    }

    Subgraph overview(TransactionContext tx, int limit) {
        List<Node> found = tx.run(queries.overview, Map.of("limit", limit + 1L)).list(r -> r.get("n").asNode());
        boolean capped = found.size() > limit;
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        found.stream().limit(limit).forEach(n -> nodes.put(n.elementId(), rows.node(n)));
        List<GraphLink> links = linksAmong(tx, nodes, 2L * limit);
        List<GraphNode> all = new ArrayList<>(nodes.values());
        all.addAll(rows.channels(links));
        long total = capped ? tx.run(queries.drawable).single().get("total").asLong() : nodes.size();
        return new Subgraph(all, links, capped, total);
    }

    /** The links among {@code nodes}, relationships and exchange nodes alike, at most {@code limit} of each. */
    List<GraphLink> linksAmong(TransactionContext tx, Map<String, GraphNode> nodes, long limit) {
        List<String> ids = List.copyOf(nodes.keySet());
        List<GraphLink> links = new ArrayList<>();
        for (Record row : tx.run(queries.linksAmong, Map.of("ids", ids, "limit", limit, "partyTypes", queries.partyTypes)).list()) {
            links.add(rows.link(row, nodes));
        }
        if (queries.exchangeNodesAmong != null) {
            for (Record row : tx.run(queries.exchangeNodesAmong, Map.of("ids", ids, "limit", limit,
                    "parties", PerspectiveQueries.PARTIES_PER_EXCHANGE)).list()) {
                links.addAll(rows.exchange(row, nodes));
            }
        }
        return links;
    }

    /** The channel nodes these links go through. */
    List<GraphNode> channels(List<GraphLink> links) {
        return rows.channels(links);
    }

    Subgraph neighbours(TransactionContext tx, String nodeId, int limit) {
        List<Record> found = tx.run(queries.neighbours, Map.of("id", nodeId, "limit", limit, "partyTypes", queries.partyTypes)).list();
        if (found.isEmpty()) {
            return new Subgraph(List.of(), List.of(), false, 0);
        }
        Record record = found.get(0);
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        Node centre = record.get("c").asNode();
        nodes.put(centre.elementId(), rows.node(centre));
        for (Node n : record.get("neighbours").asList(Value::asNode)) {
            nodes.computeIfAbsent(n.elementId(), id -> rows.node(n));
        }
        List<GraphLink> links = new ArrayList<>(record.get("rels").asList(Value::asRelationship).stream()
                .map(r -> rows.link(r, nodes.get(r.endNodeElementId()))).toList());
        if (queries.exchangeNodesOf != null) {
            for (Record row : tx.run(queries.exchangeNodesOf, Map.of("id", nodeId, "limit", limit,
                    "parties", PerspectiveQueries.PARTIES_PER_EXCHANGE)).list()) {
                rows.exchange(row, nodes).stream().filter(l -> l.fromId().equals(nodeId) || l.toId().equals(nodeId)).forEach(links::add);
            }
        }
        List<GraphNode> all = new ArrayList<>(nodes.values());
        all.addAll(rows.channels(links));
        long total = record.get("total").asLong();
        return new Subgraph(all, links, total > links.size(), Math.max(total, links.size()));
    }

    Optional<GraphNode> nodeDetails(TransactionContext tx, String id) {
        if (PerspectiveMapping.isChannelNode(id)) {
            return Optional.of(rows.channel(id));
        }
        return tx.run(BrowseQueries.FOREIGN_NODE_DETAILS, Map.of("id", id)).list().stream().findFirst()
                .map(r -> rows.node(r.get("n").asNode()));
    }

    Optional<GraphLink> linkDetails(TransactionContext tx, String id) {
        Optional<String> exchangeNode = PerspectiveMapping.exchangeNodeOf(id);
        if (exchangeNode.isPresent() && queries.exchangeNode != null) {
            return tx.run(queries.exchangeNode, Map.of("id", exchangeNode.get(), "parties", PerspectiveQueries.PARTIES_PER_EXCHANGE))
                    .list().stream().flatMap(r -> rows.exchange(r, new HashMap<>()).stream()).filter(l -> l.id().equals(id)).findFirst();
        }
        return tx.run("MATCH (a)-[r]->(b) WHERE elementId(r) = $id RETURN a, r, b", Map.of("id", id)).list().stream()
                .findFirst().map(r -> rows.link(r, new HashMap<>()));
    }
}
