package org.backchannel.store.neo4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.Subgraph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.Node;

/**
 * The overview: the best-connected nodes a filter lets through and the links among them, as
 * outlines. Each node and link comes back as a row of the few fields drawing, filtering and search
 * need, not as a whole element: moving every property (citations, descriptions, derived years) and
 * three element ids per relationship through Bolt cost more than finding them. The details pane
 * asks for the rest of one element when it is selected.
 *
 * <p>Public for the bench, whose baseline streams the very records this reads, through the same
 * statements and parameters.
 */
public final class OverviewQuery {

    /** Links read at most per node shown: enough for a first picture, and the links' transfer is the overview's largest cost. */
    public static final int LINKS_PER_NODE = 2;

    private static final String OUTLINE = """
            RETURN elementId(n) AS key, n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases,
                   n.category AS category, n.channelType AS channelType, n.secrecy AS secrecy,
                   n.start AS start, n.end AS end, n.certainty AS certainty""";

    /**
     * The best-connected nodes first: the planner walks the {@code entity_degree} index from the top
     * and stops at the limit, so the cost follows the limit, not the store. Nodes without a stored
     * degree (written by something other than the importer) are left out. {@code key} is the element
     * id the links query finds each node by.
     */
    public static final String NODES = """
            MATCH (n:Entity) WHERE n.degree >= 0 AND %s
            WITH n ORDER BY n.degree DESC LIMIT $limit
            """.formatted(BrowseQueries.filter("n")) + OUTLINE + ", n.degree AS degree";

    /**
     * The same on a database that lacks the degree index or the stored degrees (Backchannel's data
     * written by something else, and the user has not prepared it): every node of ours is read and
     * its relationships counted before the limit. Slower on a large store, and it writes nothing.
     */
    static final String NODES_UNINDEXED = """
            MATCH (n:Entity) WHERE %s
            WITH n ORDER BY COUNT { (n)--() } DESC, n.id LIMIT $limit
            """.formatted(BrowseQueries.filter("n")) + OUTLINE;

    /**
     * Only Backchannel's own relationship types: another application's links in the same database
     * are not ours to draw. Each shown node is found by its element id and expanded; the other end
     * is looked up in {@code $positions} (element id to place in {@code $keys}) without reading its
     * record (no label check: being shown makes it an {@code Entity}), and both ends come back as
     * those places rather than as ids. No order: the limit stops the expansion as soon as enough
     * links are found, and the best-connected nodes come first in {@code $keys}.
     */
    public static final String LINKS = """
            UNWIND $keys AS key
            MATCH (a:Entity) WHERE elementId(a) = key
            MATCH (a)-[r:%s]->(b)
            WITH r, $positions[key] AS from, $positions[elementId(b)] AS to
            WHERE to IS NOT NULL AND %s
            RETURN coalesce(r.id, elementId(r)) AS id, type(r) AS type, from, to, r.channel AS channel, r.role AS role,
                   r.start AS start, r.end AS end, r.certainty AS certainty, r.citationSources AS sources
            LIMIT $limit""".formatted(BrowseQueries.OWN_TYPES, BrowseQueries.filter("r"));

    /** Named nodes by the unique index on {@code Entity.id}, in the order asked, up to the limit. */
    static final String NODES_BY_ID = """
            UNWIND $ids AS wanted
            MATCH (n:Entity {id: wanted})
            WITH n LIMIT $limit
            """ + OUTLINE;

    /** Which of the indexes the overview reads by the store has, complete and kept up. */
    public enum Indexes {
        /** Neither: every node of ours is read and ordered, and the shown nodes are expanded. */
        NONE,
        /** The degree index: the best-connected nodes are read off it, and expanded for their links. */
        DEGREES,
        /** Besides, the lesser degree of each relationship: the links among the nodes are sought ({@link LinkSeek}). */
        DEGREES_AND_LESSER_DEGREES
    }

    /** A statement that reads the links among the shown nodes, with its parameters. */
    public record LinkStatement(String cypher, Map<String, Object> parameters) {
    }

    private OverviewQuery() {
    }

    /**
     * How the links among these nodes (rows of {@link #NODES} or {@link #NODES_UNINDEXED}, best-connected
     * first) are read. Public for the bench, whose baseline streams the same records.
     */
    public static LinkStatement links(TransactionContext tx, GraphFilter filter, List<Record> shown, int limit, Indexes indexes) {
        List<String> keys = shown.stream().map(row -> row.get("key").asString()).toList();
        Value lowest = shown.isEmpty() ? Values.NULL : shown.get(shown.size() - 1).get("degree");
        return links(tx, filter, keys, lowest.isNull() ? null : lowest.asLong(), limit, indexes);
    }

    /**
     * For a filter's overview the links are sought on the lesser-degree indexes, where those are kept up and
     * that reads less; else they are found by expanding the nodes.
     *
     * @param keys the element ids of the nodes shown, best-connected first
     * @param lowest the degree of the last of them; null where degrees are not stored or nothing is shown
     */
    private static LinkStatement links(TransactionContext tx, GraphFilter filter, List<String> keys, Long lowest, int limit,
                                       Indexes indexes) {
        Map<String, Object> parameters = linkParameters(filter, keys, limit);
        // The probe chooses, filtered or not. Filtered, the seek reads a fraction of what the expansion throws away
        // (on the 1M store 162 against 378 ms, warm medians, quiet machine); unfiltered, since the seek takes each
        // link's lesser degree from its index entry (decision 0028), it has been faster in both quiet runs (234 against
        // 311, then 237 against 349 ms), more than its probe's 25 ms.
        if (indexes == Indexes.DEGREES_AND_LESSER_DEGREES && lowest != null
                && LinkSeek.pays(tx, parameters, keys, lowest, (long) LINKS_PER_NODE * limit)) {
            parameters.put("degree", lowest);
            return new LinkStatement(LinkSeek.LINKS, parameters);
        }
        return new LinkStatement(LINKS, parameters);
    }

    public static Map<String, Object> nodeParameters(GraphFilter filter, int limit) {
        Map<String, Object> params = BrowseQueries.filterParameters(filter);
        params.put("limit", limit + 1L);
        return params;
    }

    /** @param keys the element ids of the nodes shown, best-connected first */
    public static Map<String, Object> linkParameters(GraphFilter filter, List<String> keys, int limit) {
        Map<String, Object> params = BrowseQueries.filterParameters(filter);
        Map<String, Object> positions = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            positions.put(keys.get(i), (long) i);
        }
        params.put("keys", keys);
        params.put("positions", positions);
        params.put("limit", (long) LINKS_PER_NODE * limit);
        return params;
    }

    /**
     * {@code indexes}: which of the degree and lesser-degree indexes are online, complete and kept up.
     * Unfiltered, the total comes from the count store; filtered, one node more than the limit is
     * asked for, so the answer says "more than the limit" without counting every match. Public for the
     * bench, which compares the ways of reading the links.
     */
    public static Subgraph read(TransactionContext tx, GraphFilter filter, int limit, Indexes indexes) {
        OverviewRows rows = new OverviewRows();
        List<String> keys = new ArrayList<>();
        Result found = tx.run(indexes == Indexes.NONE ? NODES_UNINDEXED : NODES, nodeParameters(filter, limit));
        List<Long> degrees = new ArrayList<>();
        List<GraphNode> nodes = rows.nodes(found, keys, degrees);
        // A database without any of Backchannel's nodes is someone else's: show it as it is, unfiltered. Counted only
        // when no node came back: the store was just counted at open, and a fresh JVM plans every statement it asks.
        if (nodes.isEmpty() && entities(tx) == 0) {
            return foreign(tx, limit);
        }
        boolean more = nodes.size() > limit;
        if (more) {
            nodes = nodes.subList(0, limit);
            keys = keys.subList(0, limit);
        }
        Long lowest = degrees.isEmpty() ? null : degrees.get(nodes.size() - 1);
        LinkStatement among = links(tx, filter, keys, lowest, limit, indexes);
        List<GraphLink> links = rows.links(tx.run(among.cypher(), among.parameters()), ids(nodes));
        boolean capped = more || links.size() == (long) LINKS_PER_NODE * limit;
        if (!more) {
            return new Subgraph(nodes, links, capped, nodes.size());
        }
        return filter.equals(GraphFilter.ALL)
                ? new Subgraph(nodes, links, true, entities(tx))
                : new Subgraph(nodes, links, true, limit, false);
    }

    private static long entities(TransactionContext tx) {
        return tx.run(BrowseQueries.ENTITY_COUNT).single().get("total").asLong();
    }

    /**
     * The outlines of these nodes (at most {@code limit}) and the links among them, as the overview
     * gives them: what a dataset just imported brings into the scene.
     */
    static Subgraph byIds(TransactionContext tx, List<String> ids, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("ids", ids.subList(0, Math.min(ids.size(), limit)));
        params.put("limit", (long) limit);
        OverviewRows rows = new OverviewRows();
        List<String> keys = new ArrayList<>();
        List<GraphNode> nodes = rows.nodes(tx.run(NODES_BY_ID, params), keys, new ArrayList<>());
        List<GraphLink> links = rows.links(tx.run(LINKS, linkParameters(GraphFilter.ALL, keys, limit)), ids(nodes));
        boolean capped = ids.size() > limit || links.size() == (long) LINKS_PER_NODE * limit;
        return new Subgraph(nodes, links, capped, ids.size());
    }

    private static List<String> ids(List<GraphNode> nodes) {
        return nodes.stream().map(GraphNode::id).toList();
    }

    /** Someone else's database, whose elements are few and unknown in shape: read whole. */
    private static Subgraph foreign(TransactionContext tx, int limit) {
        List<Node> found = tx.run(BrowseQueries.FOREIGN_NODES, Map.of("limit", limit + 1L)).list(r -> r.get("n").asNode());
        boolean more = found.size() > limit;
        List<GraphNode> nodes = new ArrayList<>();
        Map<String, String> ids = new LinkedHashMap<>();
        for (Node n : found.subList(0, Math.min(limit, found.size()))) {
            GraphNode node = RecordMapping.node(n);
            ids.put(n.elementId(), node.id());
            nodes.add(node);
        }
        List<GraphLink> links = new ArrayList<>();
        long linkLimit = (long) LINKS_PER_NODE * limit;
        tx.run(BrowseQueries.FOREIGN_LINKS_AMONG, Map.of("ids", List.copyOf(ids.keySet()), "limit", linkLimit))
                .forEachRemaining(r -> links.add(RecordMapping.link(r.get("r").asRelationship(), ids)));
        boolean capped = more || links.size() == linkLimit;
        return more
                ? new Subgraph(nodes, links, true, tx.run(BrowseQueries.FOREIGN_COUNT).single().get("total").asLong())
                : new Subgraph(nodes, links, capped, nodes.size());
    }
}
