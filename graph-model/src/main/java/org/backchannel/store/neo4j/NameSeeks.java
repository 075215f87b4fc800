package org.backchannel.store.neo4j;

import java.util.List;
import java.util.Map;
import org.backchannel.perspective.NodeRole;
import org.backchannel.perspective.Perspective;
import org.backchannel.store.SearchHit;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;

/**
 * The exact-name lookups a store without a full-text index may still answer from an index of its
 * owner's: a range or text index on one label and one of the properties the perspective names nodes by.
 * A name typed exactly as stored is then found by an index seek, without the bounded scan that takes
 * seconds on a store of a million nodes. Only indexes the store already has are used: a guest never
 * creates one.
 */
final class NameSeeks {

    /** The owner's single-property node indexes that can answer an equality; a guest without SHOW INDEX sees none. */
    static final String EQUALITY_INDEXES = """
            SHOW INDEXES YIELD type, entityType, labelsOrTypes, properties, state
            WHERE type IN ['RANGE', 'TEXT'] AND entityType = 'NODE' AND state = 'ONLINE'
              AND size(labelsOrTypes) = 1 AND size(properties) = 1
            RETURN DISTINCT labelsOrTypes[0] AS label, properties[0] AS property ORDER BY label, property""";

    /** One index seek: nodes of {@code label} whose {@code property} is the typed name. */
    record Seek(String label, String property) {

        /** Label and property come from the store's own index list and are backtick-escaped. */
        String statement() {
            return "MATCH (n:" + Cypher.name(label) + ") WHERE n." + Cypher.name(property) + " = $text RETURN n AS node LIMIT $limit";
        }
    }

    private NameSeeks() {
    }

    /** The seeks on the perspective's name properties, exchange labels left out; empty when there are none. */
    static List<Seek> of(Neo4jGraphStore store, Perspective perspective) {
        List<String> exchanges = perspective.labelsWith(NodeRole.EXCHANGE);
        try {
            return store.read(tx -> tx.run(EQUALITY_INDEXES).list(r -> new Seek(r.get("label").asString(), r.get("property").asString())))
                    .stream().filter(s -> perspective.properties().name().contains(s.property()) && !exchanges.contains(s.label()))
                    .toList();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof ClientException c && c.code() != null && c.code().startsWith("Neo.ClientError.Security.")) {
                return List.of();
            }
            throw e;
        }
    }

    /** The nodes named exactly {@code text}, as written, through each seek in turn, at most {@code limit}. */
    static List<SearchHit> exact(TransactionContext tx, List<Seek> seeks, String text, int limit, PerspectiveRows rows, double score) {
        Map<String, SearchHit> hits = new java.util.LinkedHashMap<>();
        for (Seek seek : seeks) {
            if (hits.size() >= limit) {
                break;
            }
            tx.run(seek.statement(), Map.of("text", text, "limit", limit)).list(r -> r.get("node").asNode())
                    .forEach(n -> hits.putIfAbsent(n.elementId(), new SearchHit(rows.node(n), score)));
        }
        return hits.values().stream().limit(limit).toList();
    }
}
