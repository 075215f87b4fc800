package org.backchannel.store.neo4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.store.Exchange;
import org.backchannel.store.ExchangeQuery;
import org.backchannel.store.GraphPath;
import org.backchannel.store.PathQuery;
import org.backchannel.store.Subgraph;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

/**
 * The browsing reads of {@link Neo4jGraphStore} past the overview: a node or link whole, a node's
 * neighbourhood, shortest paths and exchanges, each in the caller's read transaction and mapped to
 * Backchannel's model. A node that is not Backchannel's is found by its element id, as someone
 * else's database names it.
 */
final class BrowseReads {

    private BrowseReads() {
    }

    static Optional<GraphNode> nodeDetails(TransactionContext tx, String id) {
        List<Record> found = tx.run(BrowseQueries.NODE_DETAILS, Map.of("id", id)).list();
        if (found.isEmpty()) {
            found = tx.run(BrowseQueries.FOREIGN_NODE_DETAILS, Map.of("id", id)).list();
        }
        return found.stream().findFirst().map(r -> RecordMapping.node(r.get("n").asNode()));
    }

    static Optional<GraphLink> linkDetails(TransactionContext tx, String id, LinkType type) {
        return tx.run(BrowseQueries.linkDetails(type), Map.of("id", id)).list().stream().findFirst().map(r -> {
            Relationship rel = r.get("r").asRelationship();
            Map<String, String> ends = new HashMap<>();
            ends.put(rel.startNodeElementId(), r.get("from").asString());
            ends.put(rel.endNodeElementId(), r.get("to").asString());
            return RecordMapping.link(rel, ends);
        });
    }

    static Subgraph neighbours(TransactionContext tx, String nodeId, int limit) {
        List<Record> records = tx.run(BrowseQueries.NEIGHBOURS, Map.of("id", nodeId, "limit", limit)).list();
        if (records.isEmpty()) {
            records = tx.run(BrowseQueries.FOREIGN_NEIGHBOURS, Map.of("id", nodeId, "limit", limit)).list();
        }
        if (records.isEmpty()) {
            return new Subgraph(List.of(), List.of(), false, 0);
        }
        Record record = records.get(0);
        Node centre = record.get("c").asNode();
        Map<String, String> ids = new HashMap<>();
        GraphNode centreNode = RecordMapping.node(centre);
        ids.put(centre.elementId(), centreNode.id());
        List<GraphNode> nodes = new ArrayList<>(List.of(centreNode));
        for (Node n : record.get("neighbours").asList(Value::asNode)) {
            if (!ids.containsKey(n.elementId())) {
                GraphNode neighbour = RecordMapping.node(n);
                ids.put(n.elementId(), neighbour.id());
                nodes.add(neighbour);
            }
        }
        List<GraphLink> links = record.get("rels").asList(Value::asRelationship).stream()
                .map(rel -> RecordMapping.link(rel, ids)).toList();
        long total = record.get("total").asLong();
        return new Subgraph(nodes, links, total > links.size(), total);
    }

    static List<GraphPath> shortestPaths(TransactionContext tx, PathQuery query) {
        Map<String, Object> params = BrowseQueries.filterParameters(query.filter());
        params.put("from", query.fromId());
        params.put("to", query.toId());
        params.put("limit", query.all() ? query.limit() : 1);
        return tx.run(BrowseQueries.paths(query.all(), query.maxHops()), params).list(r -> RecordMapping.path(r.get("p").asPath()));
    }

    static List<Exchange> exchanges(TransactionContext tx, ExchangeQuery query) {
        Map<String, Object> params = BrowseQueries.filterParameters(query.filter());
        params.put("ids", query.actorIds().isEmpty() ? null : List.copyOf(query.actorIds()));
        params.put("between", query.mode() == ExchangeQuery.Mode.BETWEEN);
        params.put("limit", query.limit());
        return tx.run(BrowseQueries.EXCHANGES, params).list(r -> {
            Node a = r.get("a").asNode();
            Node b = r.get("b").asNode();
            Map<String, String> ids = Map.of(a.elementId(), a.get("id").asString(), b.elementId(), b.get("id").asString());
            GraphNode channel = r.get("c").isNull() ? null : RecordMapping.node(r.get("c").asNode());
            return new Exchange(RecordMapping.node(a), RecordMapping.node(b), channel, RecordMapping.link(r.get("r").asRelationship(), ids));
        });
    }
}
