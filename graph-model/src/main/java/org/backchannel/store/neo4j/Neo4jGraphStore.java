package org.backchannel.store.neo4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.Source;
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
import org.backchannel.store.StorePreparation;
import org.backchannel.store.StoreSummary;
import org.backchannel.store.StoreUnavailableException;
import org.backchannel.store.StoreUnreachableException;
import org.backchannel.store.Subgraph;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link GraphStore} over the Neo4j Java Driver: one long-lived {@link Driver}, a session per unit
 * of work, transaction functions (which the driver retries on transient errors), parameters for
 * every value. Browsing runs in read sessions and read transactions.
 */
public final class Neo4jGraphStore implements GraphStore {

    private static final Logger LOG = LoggerFactory.getLogger(Neo4jGraphStore.class);
    private static final SessionConfig WRITE = SessionConfig.builder().withDefaultAccessMode(AccessMode.WRITE).build();
    private static final String DATABASE_UNAVAILABLE = "Neo.TransientError.General.DatabaseUnavailable";
    private static final Duration BROWSE_TIMEOUT = Duration.ofSeconds(20);
    /**
     * The content digest reads the whole store: on the L store (600,000 elements) that took more than the
     * browsing timeout on a loaded machine, and the store could not be opened at all.
     */
    private static final Duration DIGEST_TIMEOUT = Duration.ofMinutes(5);

    private final Driver driver;
    private final ConnectionSettings settings;
    private final CancellableReads reads;
    private volatile Duration consoleTimeout = ConsoleQuery.TIMEOUT;

    private final Runnable revive;
    /** Which of Backchannel's indexes the database has: the overview and search choose their queries by it. */
    private volatile SchemaSetup.Found schema;

    private Neo4jGraphStore(Driver driver, ConnectionSettings settings, Runnable revive) {
        this.driver = driver;
        this.settings = settings;
        this.revive = revive;
        this.reads = new CancellableReads(driver);
    }

    /**
     * Connects as a guest: checks the credentials and looks at what the database has, and writes
     * nothing, neither schema nor data, so that someone else's database and a read-only one open
     * as they are. {@link #prepare()} and {@link #importDataset} are the only writes.
     *
     * @throws StoreUnavailableException with a message for the user when the server cannot be reached or refuses the login
     */
    public static Neo4jGraphStore connect(ConnectionSettings settings) {
        Neo4jGraphStore store = new Neo4jGraphStore(Neo4jConnector.connect(settings), settings, () -> { });
        return store.opened(store::inspect);
    }

    /**
     * Connects to a store that is Backchannel's own (the embedded one), creating its indexes and
     * degrees when they are missing, with what restarts its database when a probe finds it gone.
     */
    public static Neo4jGraphStore connectAndPrepare(ConnectionSettings settings, Runnable revive) {
        Neo4jGraphStore store = new Neo4jGraphStore(Neo4jConnector.connect(settings), settings, revive);
        return store.opened(store::prepare);
    }

    /** {@link #connectAndPrepare(ConnectionSettings, Runnable)} for a store this process does not run. */
    public static Neo4jGraphStore connectAndPrepare(ConnectionSettings settings) {
        return connectAndPrepare(settings, () -> { });
    }

    private Neo4jGraphStore opened(Runnable firstLook) {
        try {
            firstLook.run();
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** What preparing this database would create, looked up afresh; writes nothing. */
    public StorePreparation preparation() {
        return inspect().preparation();
    }

    /**
     * Creates the indexes and constraints Backchannel browses by and stores the degree of nodes
     * that lack one. Only on the user's request (or for the embedded store, which is ours).
     *
     * @return what was missing and has now been created
     */
    public StorePreparation prepare() {
        try {
            StorePreparation done = SchemaSetup.prepare(driver, settings);
            inspect();
            return done;
        } catch (Neo4jException e) {
            throw unavailable("preparing the database for Backchannel", e);
        }
    }

    private SchemaSetup.Found inspect() {
        try {
            SchemaSetup.Found found = SchemaSetup.inspect(driver);
            schema = found;
            return found;
        } catch (Neo4jException e) {
            throw unavailable("reading which indexes the database has", e);
        }
    }

    @Override
    public void ping() {
        try {
            revive.run();
        } catch (RuntimeException e) {
            throw new StoreUnreachableException("The store's database could not be started again: " + e.getMessage(), e);
        }
        // A server can answer while its database is down: only a query on the database tells.
        read(tx -> tx.run("RETURN 1").consume());
    }

    @Override
    public StoreSummary summary() {
        return read(StoreCounts::read);
    }

    @Override
    public ImportResult importDataset(Dataset dataset) {
        // Importing is the user asking to write: the import creates the schema it needs first.
        if (!schema.preparation().isPrepared()) {
            prepare();
        }
        try (Session session = driver.session(WRITE)) {
            ImportResult result = session.executeWrite(tx -> DatasetWriter.write(tx, dataset));
            LOG.info("Imported dataset {} (\"{}\"): {} nodes, {} links, {} sources; {} elements changed; "
                            + "removed {} nodes and {} links no dataset supports any more", dataset.id(), dataset.title(),
                    result.nodes(), result.links(), result.sources(), result.changed(), result.removedNodes(), result.removedLinks());
            return result;
        } catch (Neo4jException e) {
            throw unavailable("importing the dataset", e);
        }
    }

    @Override
    public ImportResult removeDataset(String datasetId) {
        try (Session session = driver.session(WRITE)) {
            ImportResult result = session.executeWrite(tx -> DatasetWriter.remove(tx, datasetId));
            LOG.info("Removed dataset {}: {} elements changed; removed {} nodes and {} links", datasetId,
                    result.changed(), result.removedNodes(), result.removedLinks());
            return result;
        } catch (Neo4jException e) {
            throw unavailable("removing the dataset", e);
        }
    }

    @Override
    public List<DatasetInfo> datasets() {
        return read(DatasetCatalog::list);
    }

    @Override
    public Subgraph overview(GraphFilter filter, int limit) {
        requirePositive(limit);
        boolean degreeIndexed = schema.degreeIndexed();
        return read(overviewTimeout(limit), tx -> OverviewQuery.read(tx, filter, limit, degreeIndexed));
    }

    /** The browsing timeout per 10,000 nodes asked for: an overview of 100,000 reads ten times the records of one of 10,000. */
    static Duration overviewTimeout(int limit) {
        return BROWSE_TIMEOUT.multipliedBy(Math.max(1, (limit + 9_999L) / 10_000));
    }

    @Override
    public Subgraph nodesById(List<String> nodeIds, int limit) {
        requirePositive(limit);
        return read(tx -> OverviewQuery.byIds(tx, nodeIds, limit));
    }

    /** Backchannel's node by its id, or else someone else's by its element id, as {@link #neighbours} finds them. */
    @Override
    public Optional<GraphNode> nodeDetails(String id) {
        return read(tx -> {
            List<Record> found = tx.run(BrowseQueries.NODE_DETAILS, Map.of("id", id)).list();
            if (found.isEmpty()) {
                found = tx.run(BrowseQueries.FOREIGN_NODE_DETAILS, Map.of("id", id)).list();
            }
            return found.stream().findFirst().map(r -> RecordMapping.node(r.get("n").asNode()));
        });
    }

    @Override
    public Optional<GraphLink> linkDetails(String id, LinkType type) {
        return read(tx -> tx.run(BrowseQueries.linkDetails(type), Map.of("id", id)).list().stream().findFirst().map(r -> {
            Relationship rel = r.get("r").asRelationship();
            Map<String, String> ends = new HashMap<>();
            ends.put(rel.startNodeElementId(), r.get("from").asString());
            ends.put(rel.endNodeElementId(), r.get("to").asString());
            return RecordMapping.link(rel, ends);
        }));
    }

    @Override
    public Subgraph neighbours(String nodeId, int limit) {
        requirePositive(limit);
        return read(tx -> {
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
        });
    }

    @Override
    public List<GraphPath> shortestPaths(PathQuery query) {
        if (query.fromId().equals(query.toId())) {
            return List.of();
        }
        Map<String, Object> params = BrowseQueries.filterParameters(query.filter());
        params.put("from", query.fromId());
        params.put("to", query.toId());
        params.put("limit", query.all() ? query.limit() : 1);
        String cypher = BrowseQueries.paths(query.all(), query.maxHops());
        return read(tx -> tx.run(cypher, params).list(r -> RecordMapping.path(r.get("p").asPath())));
    }

    @Override
    public List<Exchange> exchanges(ExchangeQuery query) {
        Map<String, Object> params = BrowseQueries.filterParameters(query.filter());
        params.put("ids", query.actorIds().isEmpty() ? null : List.copyOf(query.actorIds()));
        params.put("between", query.mode() == ExchangeQuery.Mode.BETWEEN);
        params.put("limit", query.limit());
        return read(tx -> tx.run(BrowseQueries.EXCHANGES, params).list(r -> {
            Node a = r.get("a").asNode();
            Node b = r.get("b").asNode();
            Map<String, String> ids = Map.of(a.elementId(), a.get("id").asString(), b.elementId(), b.get("id").asString());
            GraphNode channel = r.get("c").isNull() ? null : RecordMapping.node(r.get("c").asNode());
            return new Exchange(RecordMapping.node(a), RecordMapping.node(b), channel, RecordMapping.link(r.get("r").asRelationship(), ids));
        }));
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        requirePositive(limit);
        if (LuceneQuery.prefixOfEachWord(text).isEmpty()) {
            return List.of();
        }
        SchemaSetup.Found found = schema;
        if (found.usable(StoreSchema.NAME_INDEX)) {
            return read(tx -> NameSearch.indexed(tx, text, limit));
        }
        return read(tx -> NameSearch.unindexed(tx, text, limit,
                tx.run(BrowseQueries.ENTITY_COUNT).single().get("total").asLong() > 0));
    }

    @Override
    public QueryAnswer readOnlyQuery(String cypher, int rowLimit) {
        try {
            Duration timeout = consoleTimeout;
            return reads.run(timeout, (session, config) -> ConsoleQuery.run(session, config, cypher, rowLimit, timeout));
        } catch (Neo4jException e) {
            throw unavailable("running a console query", e);
        }
    }

    /** How long a console query may run; long enough for real questions, short enough not to tie up a server. */
    public void setConsoleTimeout(Duration timeout) {
        this.consoleTimeout = timeout;
    }

    @Override
    public List<Source> sources() {
        return read(tx -> tx.run("MATCH (s:Source) RETURN s ORDER BY s.id").list(r -> RecordMapping.source(r.get("s").asNode())));
    }

    @Override
    public String contentDigest() {
        return read(DIGEST_TIMEOUT, ContentDigest::of);
    }

    /** The name of the database the store's queries run on (the user's home database), as the server reports it. */
    public String databaseName() {
        return read(tx -> tx.run("RETURN 1").consume().database().name());
    }

    /** Where this store is, for the status bar and messages; never includes the password. */
    public String describe() {
        return settings.safeUri();
    }

    @Override
    public void close() {
        reads.close();
        driver.close();
    }

    /** A read transaction with the browsing timeout, cancellable; for the perspective store's queries too. */
    <T> T read(TransactionCallback<T> work) {
        return read(BROWSE_TIMEOUT, work);
    }

    private <T> T read(Duration timeout, TransactionCallback<T> work) {
        try {
            return reads.run(timeout, (session, config) -> session.executeRead(work, config));
        } catch (Neo4jException e) {
            throw unavailable("reading", e);
        }
    }

    private StoreUnavailableException unavailable(String doing, Neo4jException e) {
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
            return Neo4jConnector.explain(settings, e);
        }
        if (DATABASE_UNAVAILABLE.equals(e.code())) {
            return new StoreUnreachableException("The database at " + settings.safeUri() + " is not available: " + e.getMessage(), e);
        }
        LOG.warn("Neo4j error while {} at {}: {}", doing, settings.safeUri(), e.getMessage());
        return new StoreUnavailableException("Neo4j at " + settings.safeUri() + " failed while " + doing + ": " + e.getMessage(), e);
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
    }
}
