package org.backchannel.store.neo4j;

import java.time.Duration;
import java.util.List;
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
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionCallback;

/**
 * {@link GraphStore} over the Neo4j Java Driver: one long-lived {@link Driver}, a session per unit
 * of work, transaction functions (which the driver retries on transient errors), parameters for
 * every value. Browsing runs in read sessions and read transactions.
 */
public final class Neo4jGraphStore implements GraphStore {

    private final Driver driver;
    private final ConnectionSettings settings;
    private final TimedReads reads;
    private final Runnable revive;
    private final KnownSchema schema;

    private Neo4jGraphStore(Driver driver, ConnectionSettings settings, Runnable revive) {
        this.driver = driver;
        this.settings = settings;
        this.revive = revive;
        this.reads = new TimedReads(driver, settings);
        this.schema = new KnownSchema(driver, settings);
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
        return store.opened(store.schema::inspect);
    }

    /**
     * Connects to a store that is Backchannel's own (the embedded one), creating its indexes and
     * degrees when they are missing, with what restarts its database when a probe finds it gone.
     */
    public static Neo4jGraphStore connectAndPrepare(ConnectionSettings settings, Runnable revive) {
        Neo4jGraphStore store = new Neo4jGraphStore(Neo4jConnector.connect(settings), settings, revive);
        return store.opened(store.schema::prepare);
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
        return schema.inspect().preparation();
    }

    /**
     * Creates the indexes and constraints Backchannel browses by and stores the degree of nodes
     * that lack one. Only on the user's request (or for the embedded store, which is ours).
     *
     * @return what was missing and has now been created
     */
    public StorePreparation prepare() {
        return schema.prepare();
    }

    /**
     * What preparing this database would create, as found when it was opened or last prepared: no query. Right
     * for the notice on opening, which followed that look; {@link #preparation()} looks again.
     */
    public StorePreparation preparationFound() {
        return schema.preparationFound();
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
        if (!schema.isPrepared()) {
            prepare();
        }
        return StoreErrors.guarded(settings, "importing the dataset", () -> DatasetWrites.importDataset(driver, dataset));
    }

    @Override
    public ImportResult removeDataset(String datasetId) {
        return StoreErrors.guarded(settings, "removing the dataset", () -> DatasetWrites.removeDataset(driver, datasetId));
    }

    @Override
    public List<DatasetInfo> datasets() {
        return read(DatasetCatalog::list);
    }

    @Override
    public Subgraph overview(GraphFilter filter, int limit) {
        Limits.requirePositive(limit);
        OverviewQuery.Indexes indexes = schema.overviewIndexes();
        return reads.overview(filter, limit, indexes);
    }

    @Override
    public Subgraph nodesById(List<String> nodeIds, int limit) {
        Limits.requirePositive(limit);
        return read(tx -> OverviewQuery.byIds(tx, nodeIds, limit));
    }

    /** Backchannel's node by its id, or else someone else's by its element id, as {@link #neighbours} finds them. */
    @Override
    public Optional<GraphNode> nodeDetails(String id) {
        return read(tx -> BrowseReads.nodeDetails(tx, id));
    }

    @Override
    public Optional<GraphLink> linkDetails(String id, LinkType type) {
        return read(tx -> BrowseReads.linkDetails(tx, id, type));
    }

    @Override
    public Subgraph neighbours(String nodeId, int limit) {
        Limits.requirePositive(limit);
        return read(tx -> BrowseReads.neighbours(tx, nodeId, limit));
    }

    @Override
    public List<GraphPath> shortestPaths(PathQuery query) {
        if (query.fromId().equals(query.toId())) {
            return List.of();
        }
        return read(tx -> BrowseReads.shortestPaths(tx, query));
    }

    @Override
    public List<Exchange> exchanges(ExchangeQuery query) {
        return read(tx -> BrowseReads.exchanges(tx, query));
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        Limits.requirePositive(limit);
        if (LuceneQuery.prefixOfEachWord(text).isEmpty()) {
            return List.of();
        }
        boolean indexed = schema.usable(StoreSchema.NAME_INDEX);
        return read(tx -> NameSearch.search(tx, text, limit, indexed));
    }

    @Override
    public QueryAnswer readOnlyQuery(String cypher, int rowLimit) {
        return reads.console(cypher, rowLimit);
    }

    /** How long a console query may run; long enough for real questions, short enough not to tie up a server. */
    public void setConsoleTimeout(Duration timeout) {
        reads.setConsoleTimeout(timeout);
    }

    @Override
    public List<Source> sources() {
        return read(tx -> tx.run("MATCH (s:Source) RETURN s ORDER BY s.id").list(r -> RecordMapping.source(r.get("s").asNode())));
    }

    @Override
    public String contentDigest() {
        return reads.readWholeStore(ContentDigest::of);
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
        return reads.read(work);
    }
}
