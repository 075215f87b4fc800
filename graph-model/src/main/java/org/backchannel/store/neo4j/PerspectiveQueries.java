package org.backchannel.store.neo4j;

import java.util.List;
import org.backchannel.perspective.LinkRole;
import org.backchannel.perspective.NodeRole;
import org.backchannel.perspective.Perspective;

/**
 * The read-only Cypher a perspective browses someone else's database with. Labels and types come
 * from the perspective only after {@link PerspectiveStore} checked that the store has them, and are
 * backtick-escaped ({@link Cypher}); every value, property keys included, is a parameter. Like the
 * other foreign queries they cannot be index-backed (the store has no index Backchannel knows of),
 * so each is bounded by its {@code LIMIT} rather than fast on a large store.
 */
final class PerspectiveQueries {

    /** Parties read per exchange node: a conference of a thousand would otherwise be read whole. */
    static final int PARTIES_PER_EXCHANGE = 50;

    final List<String> partyTypes;
    final String overview;
    final String drawable;
    final String linksAmong;
    final String exchangeNodesAmong;
    final String neighbours;
    final String exchangeNodesOf;
    final String exchangeNode;
    final String exchangeRelationships;
    final String exchangeNodesInvolving;
    final String exchangeNodesAll;
    final String search;
    final String indexedSearch;
    final String pathTypes;

    PerspectiveQueries(Perspective perspective) {
        List<String> exchangeLabels = perspective.labelsWith(NodeRole.EXCHANGE);
        partyTypes = perspective.typesWith(LinkRole.FROM, LinkRole.TO, LinkRole.PARTY);
        List<String> exchangeTypes = perspective.typesWith(LinkRole.EXCHANGE);
        boolean exchangeNodes = !exchangeLabels.isEmpty() && !partyTypes.isEmpty();
        String notExchange = exchangeLabels.isEmpty() ? "true" : "NOT n:" + Cypher.anyOf(exchangeLabels);
        String exchange = exchangeLabels.isEmpty() ? "" : Cypher.anyOf(exchangeLabels);
        String parties = partyTypes.isEmpty() ? "" : Cypher.anyOf(partyTypes);

        overview = """
                MATCH (n) WHERE %s
                WITH n ORDER BY COUNT { (n)--() } DESC, elementId(n) LIMIT $limit
                RETURN n""".formatted(notExchange);
        drawable = exchangeLabels.isEmpty() ? "MATCH (n) RETURN count(n) AS total"
                : "CALL { MATCH (n) RETURN count(n) AS all } CALL { MATCH (n:%s) RETURN count(n) AS exchanges } RETURN all - exchanges AS total"
                .formatted(exchange);
        linksAmong = """
                MATCH (a)-[r]->(b) WHERE elementId(a) IN $ids AND elementId(b) IN $ids AND NOT type(r) IN $partyTypes
                RETURN a, r, b LIMIT $limit""";
        exchangeNodesAmong = !exchangeNodes ? null : """
                MATCH (p)-[t:%s]-(e:%s) WHERE elementId(p) IN $ids
                WITH e, collect({node: p, type: type(t)})[..$parties] AS parties WHERE size(parties) >= 2
                RETURN e, parties LIMIT $limit""".formatted(parties, exchange);
        neighbours = """
                MATCH (c) WHERE elementId(c) = $id
                OPTIONAL MATCH (c)-[r]-(n) WHERE NOT type(r) IN $partyTypes AND %s
                WITH c, r, n LIMIT $limit
                RETURN c, collect(r) AS rels, collect(n) AS neighbours, COUNT { (c)--() } AS total""".formatted(notExchange);
        exchangeNodesOf = !exchangeNodes ? null : """
                MATCH (c)-[:%1$s]-(e:%2$s) WHERE elementId(c) = $id
                WITH DISTINCT e LIMIT $limit
                MATCH (e)-[t:%1$s]-(p)
                WITH e, collect({node: p, type: type(t)})[..$parties] AS parties
                RETURN e, parties""".formatted(parties, exchange);
        exchangeNode = !exchangeNodes ? null : """
                MATCH (e) WHERE elementId(e) = $id
                MATCH (e)-[t:%s]-(p)
                WITH e, collect({node: p, type: type(t)})[..$parties] AS parties
                RETURN e, parties""".formatted(parties);
        exchangeRelationships = exchangeTypes.isEmpty() ? null : """
                MATCH (a)-[r:%s]->(b)
                WHERE $ids IS NULL OR CASE WHEN $between THEN elementId(a) IN $ids AND elementId(b) IN $ids
                                           ELSE elementId(a) IN $ids OR elementId(b) IN $ids END
                RETURN a, r, b LIMIT $limit""".formatted(Cypher.anyOf(exchangeTypes));
        exchangeNodesInvolving = !exchangeNodes ? null : """
                MATCH (x)-[:%1$s]-(e:%2$s) WHERE elementId(x) IN $ids
                WITH DISTINCT e LIMIT $limit
                MATCH (e)-[t:%1$s]-(p)
                WITH e, collect({node: p, type: type(t)})[..$parties] AS parties
                RETURN e, parties""".formatted(parties, exchange);
        exchangeNodesAll = !exchangeNodes ? null : """
                MATCH (e:%2$s) WITH e LIMIT $limit
                MATCH (e)-[t:%1$s]-(p)
                WITH e, collect({node: p, type: type(t)})[..$parties] AS parties
                RETURN e, parties""".formatted(parties, exchange);
        search = """
                MATCH (n) WHERE %s
                WITH n, [k IN $nameKeys WHERE n[k] IS NOT NULL | toStringOrNull(n[k])] AS names
                WITH n, %s AS name WHERE name CONTAINS $text
                WITH n, name, CASE WHEN name = $text THEN 2.0 ELSE 1.0 END AS score
                RETURN n AS node, score ORDER BY score DESC, size(name), name LIMIT $limit"""
                .formatted(notExchange, AccentFolding.cypher("coalesce(names[0], '')"));
        indexedSearch = """
                CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
                WITH node AS n, score WHERE %s
                RETURN n AS node, score ORDER BY score DESC, elementId(n) LIMIT $limit""".formatted(notExchange);
        List<String> travelled = new java.util.ArrayList<>(exchangeTypes);
        if (exchangeNodes) {
            travelled.addAll(partyTypes);
        }
        pathTypes = travelled.isEmpty() ? null : Cypher.anyOf(travelled);
    }

    /**
     * A path query: a hop through an exchange node takes two relationships, so the hop cap in the
     * store is twice the one asked for, and the mapped path is checked against it again.
     */
    String paths(boolean all, int maxHops) {
        return """
                MATCH (a) WHERE elementId(a) = $from
                MATCH (b) WHERE elementId(b) = $to
                MATCH p = %s((a)-[:%s*1..%d]-(b))
                RETURN p LIMIT $limit""".formatted(all ? "allShortestPaths" : "shortestPath", pathTypes, 2 * maxHops);
    }
}
