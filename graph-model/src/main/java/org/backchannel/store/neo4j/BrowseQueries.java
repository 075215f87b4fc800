package org.backchannel.store.neo4j;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.backchannel.model.ChannelType;
import org.backchannel.model.LinkType;
import org.backchannel.store.GraphFilter;

/**
 * The read-only Cypher the explorer runs. Filters are parameters; the only text spliced into a
 * statement is a relationship-type list built from {@link LinkType} and a validated integer hop cap,
 * which Cypher does not accept as parameters.
 */
final class BrowseQueries {

    /** Backchannel's own relationship types, for a pattern: another application's links in the same database are not ours. */
    static final String OWN_TYPES = typeList(EnumSet.allOf(LinkType.class));

    /**
     * A node and up to {@code $limit} of its links, in the store's order: sorting a hub's hundred
     * thousand neighbours by name before the limit would cost more than the answer is worth. The
     * total comes from the node's degree counts, not from walking its links.
     */
    static final String NEIGHBOURS = """
            MATCH (c:Entity {id: $id})
            OPTIONAL MATCH (c)-[r:%1$s]-(n:Entity)
            WITH c, r, n LIMIT $limit
            RETURN c, collect(r) AS rels, collect(n) AS neighbours, COUNT { (c)-[:%1$s]-() } AS total"""
            .formatted(OWN_TYPES);

    /**
     * How many of Backchannel's nodes there are, answered from the label count store in constant
     * time; also tells whether the database holds any of them.
     */
    static final String ENTITY_COUNT = "MATCH (n:Entity) RETURN count(n) AS total";

    /** Someone else's database: its best-connected nodes, whatever their labels. */
    static final String FOREIGN_NODES = """
            MATCH (n) WITH n ORDER BY COUNT { (n)--() } DESC, elementId(n) LIMIT $limit
            RETURN n""";

    static final String FOREIGN_COUNT = "MATCH (n) RETURN count(n) AS total";

    static final String FOREIGN_LINKS_AMONG = """
            MATCH (a)-[r]->(b) WHERE elementId(a) IN $ids AND elementId(b) IN $ids
            RETURN r ORDER BY elementId(r) LIMIT $limit""";

    static final String FOREIGN_NEIGHBOURS = """
            MATCH (c) WHERE elementId(c) = $id
            OPTIONAL MATCH (c)-[r]-(n)
            WITH c, r, n ORDER BY elementId(n), elementId(r) LIMIT $limit
            RETURN c, collect(r) AS rels, collect(n) AS neighbours, COUNT { (c)--() } AS total""";

    /** One node whole, for the details pane, found through the {@code entity_id} constraint's index. */
    static final String NODE_DETAILS = "MATCH (n:Entity {id: $id}) RETURN n";

    /** Someone else's node: its id is its element id. */
    static final String FOREIGN_NODE_DETAILS = "MATCH (n) WHERE elementId(n) = $id RETURN n";

    static final String EXCHANGES = """
            MATCH (a:Entity)-[r:SPOKE_WITH]->(b:Entity)
            WHERE ($ids IS NULL OR CASE WHEN $between THEN a.id IN $ids AND b.id IN $ids ELSE a.id IN $ids OR b.id IN $ids END)
              AND %s
            OPTIONAL MATCH (c:Entity {id: r.channel})
            RETURN a, b, r, c ORDER BY r.startYear, r.start, r.id LIMIT $limit""".formatted(filter("r"));

    /** The index stops at the limit: prefix queries score every match alike, so ranking them all would read every match. */
    static final String SEARCH = """
            CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
            RETURN node, score ORDER BY score DESC, node.name LIMIT $limit""";

    /**
     * Name search on a database without the full-text index: every node of ours is read, so it is
     * slow on a large store, but the answer stays bounded and it needs nothing written. Names are
     * folded as the typed text is ({@link AccentFolding}). Exact names first, then shorter names.
     */
    static final String SEARCH_UNINDEXED = """
            MATCH (n:Entity)
            WITH n, [x IN [n.name] + coalesce(n.aliases, []) | %s] AS names
            WHERE any(x IN names WHERE x CONTAINS $text)
            WITH n, CASE WHEN $text IN names THEN 2.0 ELSE 1.0 END AS score
            RETURN n AS node, score ORDER BY score DESC, size(n.name), n.name LIMIT $limit""".formatted(AccentFolding.cypher("x"));

    /** Someone else's database: its nodes by the property they are named by, as {@link ForeignElements} names them. */
    static final String FOREIGN_SEARCH = """
            MATCH (n)
            WITH n, %s AS name
            WHERE name CONTAINS $text
            WITH n, name, CASE WHEN name = $text THEN 2.0 ELSE 1.0 END AS score
            RETURN n AS node, score ORDER BY score DESC, size(name), name LIMIT $limit"""
            .formatted(AccentFolding.cypher("toStringOrNull(coalesce(n.name, n.title, n.label, n.caption, n.id))"));

    private static final String COMMUNICATION_TYPES = typeList(LinkType.COMMUNICATION);

    private BrowseQueries() {
    }

    /** A path query; {@code maxHops} has been range-checked by {@link org.backchannel.store.PathQuery}. */
    static String paths(boolean all, int maxHops) {
        return """
                MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
                MATCH p = %s((a)-[:%s*1..%d]-(b))
                WHERE all(r IN relationships(p) WHERE %s)
                RETURN p LIMIT $limit""".formatted(all ? "allShortestPaths" : "shortestPath", COMMUNICATION_TYPES, maxHops, filter("r"));
    }

    /** One link whole with the ids of its ends, found through its type's {@code rel_…_id} index. */
    static String linkDetails(LinkType type) {
        return "MATCH (a:Entity)-[r:%s {id: $id}]->(b:Entity) RETURN r, a.id AS from, b.id AS to".formatted(type.relationshipType());
    }

    private static String typeList(Set<LinkType> types) {
        return types.stream().map(LinkType::relationshipType).sorted().collect(Collectors.joining("|"));
    }

    /** Parameters of {@link #filter}: null means "no restriction". */
    static Map<String, Object> filterParameters(GraphFilter filter) {
        Map<String, Object> p = new HashMap<>();
        p.put("types", filter.restrictsChannelTypes()
                ? filter.channelTypes().stream().map(ChannelType::code).sorted().toList()
                : null);
        p.put("fromYear", filter.years() == null ? null : (long) filter.years().from());
        p.put("toYear", filter.years() == null ? null : (long) filter.years().to());
        return p;
    }

    /** Channel types restrict only what has one; years restrict only what has them. */
    static String filter(String v) {
        return ("($types IS NULL OR %1$s.channelType IS NULL OR %1$s.channelType IN $types) "
                + "AND ($fromYear IS NULL OR %1$s.startYear IS NULL OR (%1$s.startYear <= $toYear AND %1$s.endYear >= $fromYear))")
                .formatted(v);
    }
}
