package org.backchannel.store.neo4j;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.Source;
import org.backchannel.perspective.LinkRole;
import org.backchannel.perspective.NodeRole;
import org.backchannel.perspective.Perspective;
import org.backchannel.perspective.PerspectiveException;
import org.backchannel.perspective.PerspectiveFile;
import org.backchannel.perspective.PerspectiveMapping;
import org.backchannel.perspective.SchemaSample;
import org.backchannel.perspective.ValueNotes;
import org.backchannel.store.DatasetInfo;
import org.backchannel.store.Exchange;
import org.backchannel.store.ExchangeQuery;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.GraphPath;
import org.backchannel.store.GraphStore;
import org.backchannel.store.ImportResult;
import org.backchannel.store.PathQuery;
import org.backchannel.store.QueryAnswer;
import org.backchannel.store.SearchHit;
import org.backchannel.store.StoreSummary;
import org.backchannel.store.Subgraph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * Someone else's database read through a {@link Perspective}: the overview, expand, details, search,
 * exchanges and paths give Backchannel's nodes and links, so that the channel-type and era filters,
 * the exchanges table and paths work on it as on Backchannel's own store. Everything else (counts,
 * the console, digests) is the guest store's. Reads only, in read transactions; writes nothing.
 * Filters are applied to what was read, on the client: the store's dates are in whatever form the
 * perspective names, which Cypher cannot compare.
 */
public final class PerspectiveStore implements GraphStore {

    private final Neo4jGraphStore store;
    private final SchemaSample schema;
    private final Perspective perspective;
    private final PerspectiveQueries queries;
    private final PerspectiveRows rows;
    private final ValueNotes notes = new ValueNotes();

    private PerspectiveStore(Neo4jGraphStore store, SchemaSample schema, Perspective perspective) {
        this.store = store;
        this.schema = schema;
        this.perspective = perspective;
        this.queries = new PerspectiveQueries(perspective);
        this.rows = new PerspectiveRows(new PerspectiveMapping(perspective, notes));
    }

    /** What the store has, for proposing and checking a perspective; a bounded read. */
    public static SchemaSample sample(Neo4jGraphStore store) {
        return SchemaSampling.read(store::read);
    }

    /**
     * Reads {@code store} through {@code perspective}, once it is checked against the store's schema.
     *
     * @param where names the perspective in messages (its file, or "the saved perspective")
     * @throws PerspectiveException naming each label, type or property the store does not have
     */
    public static PerspectiveStore open(Neo4jGraphStore store, SchemaSample schema, Perspective perspective, String where)
            throws PerspectiveException {
        PerspectiveFile.checkAgainst(perspective, schema, where);
        return new PerspectiveStore(store, schema, perspective);
    }

    public Perspective perspective() {
        return perspective;
    }

    /** What could not be read as its role needs, in one line; empty when everything read. */
    public String valueNotice() {
        return notes.notice();
    }

    /** Why the era filter is off on this store; empty when the perspective reads dates. */
    public Optional<String> undatedReason() {
        return perspective.hasDates() ? Optional.empty()
                : Optional.of("The era filter is off: the perspective names no date property for this store");
    }

    public Neo4jGraphStore guest() {
        return store;
    }

    @Override
    public Subgraph overview(GraphFilter filter, int limit) {
        requirePositive(limit);
        return store.read(tx -> {
            List<Node> found = tx.run(queries.overview, Map.of("limit", limit + 1L)).list(r -> r.get("n").asNode());
            boolean capped = found.size() > limit;
            Map<String, GraphNode> nodes = new LinkedHashMap<>();
            found.stream().limit(limit).forEach(n -> nodes.put(n.elementId(), rows.node(n)));
            List<String> ids = List.copyOf(nodes.keySet());
            long linkLimit = 2L * limit;
            List<GraphLink> links = new ArrayList<>();
            for (Record row : tx.run(queries.linksAmong, Map.of("ids", ids, "limit", linkLimit, "partyTypes", queries.partyTypes)).list()) {
                links.add(rows.link(row, nodes));
            }
            if (queries.exchangeNodesAmong != null) {
                for (Record row : tx.run(queries.exchangeNodesAmong, Map.of("ids", ids, "limit", linkLimit,
                        "parties", PerspectiveQueries.PARTIES_PER_EXCHANGE)).list()) {
                    links.addAll(rows.exchange(row, nodes));
                }
            }
            List<GraphNode> all = new ArrayList<>(nodes.values());
            all.addAll(rows.channels(links));
            long total = capped ? tx.run(queries.drawable).single().get("total").asLong() : nodes.size();
            return new Subgraph(all, links, capped, total);
        });
    }

    /**
     * None: an import writes Backchannel's own schema, which the perspective does not read, so the ids an
     * import names are never nodes of the perspective's graph.
     */
    @Override
    public Subgraph nodesById(List<String> nodeIds, int limit) {
        requirePositive(limit);
        return new Subgraph(List.of(), List.of(), false, 0);
    }

    @Override
    public Optional<GraphNode> nodeDetails(String id) {
        if (PerspectiveMapping.isChannelNode(id)) {
            return Optional.of(rows.channel(id));
        }
        return store.read(tx -> tx.run(BrowseQueries.FOREIGN_NODE_DETAILS, Map.of("id", id)).list().stream().findFirst()
                .map(r -> rows.node(r.get("n").asNode())));
    }

    @Override
    public Optional<GraphLink> linkDetails(String id, LinkType type) {
        Optional<String> exchangeNode = PerspectiveMapping.exchangeNodeOf(id);
        if (exchangeNode.isPresent() && queries.exchangeNode != null) {
            return store.read(tx -> tx.run(queries.exchangeNode, Map.of("id", exchangeNode.get(), "parties", PerspectiveQueries.PARTIES_PER_EXCHANGE))
                    .list().stream().flatMap(r -> rows.exchange(r, new HashMap<>()).stream()).filter(l -> l.id().equals(id)).findFirst());
        }
        return store.read(tx -> tx.run("MATCH (a)-[r]->(b) WHERE elementId(r) = $id RETURN a, r, b", Map.of("id", id)).list().stream()
                .findFirst().map(r -> rows.link(r, new HashMap<>())));
    }

    @Override
    public Subgraph neighbours(String nodeId, int limit) {
        requirePositive(limit);
        return store.read(tx -> {
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
        });
    }

    @Override
    public List<GraphPath> shortestPaths(PathQuery query) {
        if (query.fromId().equals(query.toId()) || queries.pathTypes == null) {
            return List.of();
        }
        String cypher = queries.paths(query.all(), query.maxHops());
        List<GraphPath> found = store.read(tx -> tx.run(cypher, Map.of("from", query.fromId(), "to", query.toId(),
                "limit", query.all() ? query.limit() : 1)).list(r -> rows.path(r.get("p").asPath())));
        return found.stream().filter(p -> p != null && p.hops() <= query.maxHops()
                && p.links().stream().allMatch(l -> passes(l, query.filter()))).toList();
    }

    @Override
    public List<Exchange> exchanges(ExchangeQuery query) {
        List<String> ids = query.actorIds().isEmpty() ? null : List.copyOf(query.actorIds());
        boolean between = query.mode() == ExchangeQuery.Mode.BETWEEN;
        Map<String, GraphNode> nodes = new HashMap<>();
        List<GraphLink> links = store.read(tx -> {
            List<GraphLink> read = new ArrayList<>();
            if (queries.exchangeRelationships != null) {
                Map<String, Object> params = new HashMap<>();
                params.put("ids", ids);
                params.put("between", between);
                params.put("limit", query.limit());
                for (Record row : tx.run(queries.exchangeRelationships, params).list()) {
                    read.add(rows.link(row, nodes));
                }
            }
            String byNode = ids == null ? queries.exchangeNodesAll : queries.exchangeNodesInvolving;
            if (byNode != null) {
                Map<String, Object> params = new HashMap<>();
                params.put("ids", ids == null ? List.of() : ids);
                params.put("limit", query.limit());
                params.put("parties", PerspectiveQueries.PARTIES_PER_EXCHANGE);
                for (Record row : tx.run(byNode, params).list()) {
                    read.addAll(rows.exchange(row, nodes));
                }
            }
            return read;
        });
        Map<String, GraphNode> channels = new HashMap<>();
        rows.channels(links).forEach(c -> channels.put(c.id(), c));
        return links.stream()
                .filter(l -> ids == null || (between ? ids.contains(l.fromId()) && ids.contains(l.toId()) : ids.contains(l.fromId()) || ids.contains(l.toId())))
                .filter(l -> passes(l, query.filter()))
                .sorted(Comparator.comparing((GraphLink l) -> l.span().start(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(GraphLink::id))
                .limit(query.limit())
                .map(l -> new Exchange(nodes.get(l.fromId()), nodes.get(l.toId()), l.channelId() == null ? null : channels.get(l.channelId()), l))
                .toList();
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        requirePositive(limit);
        String folded = AccentFolding.fold(text);
        if (folded.isEmpty() || perspective.properties().name().isEmpty()) {
            return List.of();
        }
        return store.read(tx -> tx.run(queries.search, Map.of("text", folded, "limit", limit, "folds", AccentFolding.PAIRS,
                        "nameKeys", perspective.properties().name()))
                .list(r -> new SearchHit(rows.node(r.get("node").asNode()), r.get("score").asDouble())));
    }

    /** Counts by kind and link type from the count store, as the perspective maps labels and types. */
    @Override
    public StoreSummary summary() {
        Map<NodeKind, Long> kinds = new EnumMap<>(NodeKind.class);
        Map<LinkType, Long> types = new EnumMap<>(LinkType.class);
        for (SchemaSample.LabelSample label : schema.labels()) {
            NodeRole role = perspective.labels().getOrDefault(label.label(), NodeRole.OTHER);
            role.kind().ifPresent(k -> kinds.merge(k, label.count(), Long::sum));
            if (role == NodeRole.EXCHANGE) {
                types.merge(LinkType.SPOKE_WITH, label.count(), Long::sum);
            }
        }
        for (SchemaSample.TypeSample type : schema.types()) {
            LinkRole role = perspective.roleOf(type.type());
            role.linkType(null).filter(t -> t != LinkType.PARTICIPATES_IN).ifPresent(t -> types.merge(t, type.count(), Long::sum));
        }
        return new StoreSummary(kinds, types);
    }

    /** Channel types restrict only what has one, years only what is dated, as {@link BrowseQueries#filter} does in the store. */
    private boolean passes(GraphLink link, GraphFilter filter) {
        if (filter.restrictsChannelTypes() && link.channelId() != null) {
            GraphNode channel = rows.channel(link.channelId());
            if (channel.channelType() != null && !filter.channelTypes().contains(channel.channelType())) {
                return false;
            }
        }
        return filter.years() == null || link.span().years().map(y -> y.overlaps(filter.years())).orElse(true);
    }

    @Override
    public void ping() {
        store.ping();
    }

    @Override
    public ImportResult importDataset(Dataset dataset) {
        return store.importDataset(dataset);
    }

    @Override
    public ImportResult removeDataset(String datasetId) {
        return store.removeDataset(datasetId);
    }

    @Override
    public List<DatasetInfo> datasets() {
        return store.datasets();
    }

    @Override
    public QueryAnswer readOnlyQuery(String cypher, int rowLimit) {
        return store.readOnlyQuery(cypher, rowLimit);
    }

    @Override
    public List<Source> sources() {
        return List.of();
    }

    @Override
    public String contentDigest() {
        return store.contentDigest();
    }

    /** Leaves the guest store open: whoever connected it (a {@code ConnectedStore}) closes it. */
    @Override
    public void close() {
        // Nothing of its own to release: every query ran in the guest store's sessions.
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
    }
}
