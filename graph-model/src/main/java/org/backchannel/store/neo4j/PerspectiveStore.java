package org.backchannel.store.neo4j;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.Source;
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

/**
 * Someone else's database read through a {@link Perspective}: the overview, expand, details, search,
 * exchanges and paths give Backchannel's nodes and links, so that the channel-type and era filters,
 * the exchanges table and paths work on it as on Backchannel's own store. Everything else (counts,
 * the console, digests) is the guest store's. Reads only, in read transactions; writes nothing.
 * Filters are applied on the client, to what was read: the store's dates are in whatever form the
 * perspective names, which Cypher cannot compare; a filter on the overview or a path search reads
 * the exchanges it lets in ({@link PerspectiveFilteredReads}).
 */
public final class PerspectiveStore implements GraphStore {

    private final Neo4jGraphStore store;
    private final SchemaSample schema;
    private final Perspective perspective;
    private final PerspectiveQueries queries;
    private final PerspectiveReads reads;
    private final PerspectiveExchanges exchanges;
    private final PerspectiveFilteredReads filtered;
    private final PerspectiveSearch search;
    /** Null until the first search looks it up. */
    private volatile Optional<String> nameIndex;
    /** Null until the first search without a full-text index looks them up. */
    private volatile List<NameSeeks.Seek> seeks;
    private final PerspectiveRows rows;
    private final ValueNotes notes = new ValueNotes();

    private PerspectiveStore(Neo4jGraphStore store, SchemaSample schema, Perspective perspective) {
        this.store = store;
        this.schema = schema;
        this.perspective = perspective;
        this.queries = new PerspectiveQueries(perspective);
        this.rows = new PerspectiveRows(new PerspectiveMapping(perspective, notes));
        this.reads = new PerspectiveReads(queries, rows);
        this.exchanges = new PerspectiveExchanges(queries, rows);
        this.filtered = new PerspectiveFilteredReads(reads, exchanges);
        this.search = new PerspectiveSearch(queries, rows, perspective);
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
        Limits.requirePositive(limit);
        // A filter fetches what it lets in, as Backchannel's own store does on a capped scene.
        return store.read(tx -> filter.equals(GraphFilter.ALL) ? reads.overview(tx, limit) : filtered.overview(tx, filter, limit));
    }

    /**
     * None: an import writes Backchannel's own schema, which the perspective does not read, so the ids an
     * import names are never nodes of the perspective's graph.
     */
    @Override
    public Subgraph nodesById(List<String> nodeIds, int limit) {
        Limits.requirePositive(limit);
        return new Subgraph(List.of(), List.of(), false, 0);
    }

    @Override
    public Optional<GraphNode> nodeDetails(String id) {
        return store.read(tx -> reads.nodeDetails(tx, id));
    }

    @Override
    public Optional<GraphLink> linkDetails(String id, LinkType type) {
        return store.read(tx -> reads.linkDetails(tx, id));
    }

    @Override
    public Subgraph neighbours(String nodeId, int limit) {
        Limits.requirePositive(limit);
        return store.read(tx -> reads.neighbours(tx, nodeId, limit));
    }

    @Override
    public List<GraphPath> shortestPaths(PathQuery query) {
        if (query.fromId().equals(query.toId()) || queries.pathTypes == null) {
            return List.of();
        }
        if (!query.filter().equals(GraphFilter.ALL)) {
            // The store's shortest path may be the one the filter refuses: search among what it lets through.
            return store.read(tx -> filtered.shortestPaths(tx, query));
        }
        String cypher = queries.paths(query.all(), query.maxHops());
        List<GraphPath> found = store.read(tx -> tx.run(cypher, Map.of("from", query.fromId(), "to", query.toId(),
                "limit", query.all() ? query.limit() : 1)).list(r -> rows.path(r.get("p").asPath())));
        return found.stream().filter(p -> p != null && p.hops() <= query.maxHops()).toList();
    }

    @Override
    public List<Exchange> exchanges(ExchangeQuery query) {
        return store.read(tx -> exchanges.exchanges(tx, query));
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        Limits.requirePositive(limit);
        Optional<String> index = searchIndex();
        List<NameSeeks.Seek> seeks = index.isPresent() ? List.of() : nameSeeks();
        return store.read(tx -> search.search(tx, text, limit, index, seeks));
    }

    /**
     * The store's full-text index search asks, if it has one on a property the perspective names nodes
     * by; looked up on the first search. Empty: search scans, bounded.
     */
    public Optional<String> searchIndex() {
        Optional<String> found = nameIndex;
        if (found == null) {
            found = PerspectiveSearch.nameIndex(store, perspective);
            nameIndex = found;
        }
        return found;
    }

    /**
     * Without a full-text index, the owner's equality indexes an exact name is sought in before the scan,
     * as {@code Label.property}; looked up on the first search. Empty: every search scans, bounded.
     */
    public List<String> exactNameSeeks() {
        return nameSeeks().stream().map(s -> s.label() + "." + s.property()).toList();
    }

    private List<NameSeeks.Seek> nameSeeks() {
        List<NameSeeks.Seek> found = seeks;
        if (found == null) {
            found = NameSeeks.of(store, perspective);
            seeks = found;
        }
        return found;
    }

    /** Counts by kind and link type from the count store, as the perspective maps labels and types. */
    @Override
    public StoreSummary summary() {
        return PerspectiveCounts.of(schema, perspective);
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

}
