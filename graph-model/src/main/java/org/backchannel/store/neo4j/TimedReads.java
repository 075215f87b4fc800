package org.backchannel.store.neo4j;

import java.time.Duration;
import java.util.function.Supplier;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.QueryAnswer;
import org.backchannel.store.Subgraph;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionCallback;

/**
 * How {@link Neo4jGraphStore} reads: transactions under the timeout each kind of read may take,
 * cancellable by an interrupt, and every driver error turned into words for the user. Kept apart from the
 * facade, which says what is read, so that the timeouts sit beside the one place that applies them.
 */
final class TimedReads implements AutoCloseable {

    private static final Duration BROWSE_TIMEOUT = Duration.ofSeconds(20);
    /**
     * The content digest reads the whole store: on the L store (600,000 elements) that took more than the
     * browsing timeout on a loaded machine, and the store could not be opened at all.
     */
    private static final Duration DIGEST_TIMEOUT = Duration.ofMinutes(5);

    private final ConnectionSettings settings;
    private final CancellableReads reads;
    private volatile Duration consoleTimeout = ConsoleQuery.TIMEOUT;

    TimedReads(Driver driver, ConnectionSettings settings) {
        this.settings = settings;
        this.reads = new CancellableReads(driver);
    }

    /** A read transaction with the browsing timeout. */
    <T> T read(TransactionCallback<T> work) {
        return read(BROWSE_TIMEOUT, work);
    }

    /** A read transaction long enough to read the whole store once. */
    <T> T readWholeStore(TransactionCallback<T> work) {
        return read(DIGEST_TIMEOUT, work);
    }

    Subgraph overview(GraphFilter filter, int limit, OverviewQuery.Indexes indexes) {
        return guarded("reading", () -> reads.runWhole(overviewTimeout(limit),
                (session, config) -> session.executeRead(tx -> OverviewQuery.read(tx, filter, limit, indexes), config)));
    }

    /** The browsing timeout per 10,000 nodes asked for: an overview of 100,000 reads ten times the records of one of 10,000. */
    static Duration overviewTimeout(int limit) {
        return BROWSE_TIMEOUT.multipliedBy(Math.max(1, (limit + 9_999L) / 10_000));
    }

    QueryAnswer console(String cypher, int rowLimit) {
        Duration timeout = consoleTimeout;
        return guarded("running a console query",
                () -> reads.run(timeout, (session, config) -> ConsoleQuery.run(session, config, cypher, rowLimit, timeout)));
    }

    void setConsoleTimeout(Duration timeout) {
        this.consoleTimeout = timeout;
    }

    private <T> T guarded(String doing, Supplier<T> work) {
        return StoreErrors.guarded(settings, doing, work);
    }

    private <T> T read(Duration timeout, TransactionCallback<T> work) {
        return guarded("reading", () -> reads.run(timeout, (session, config) -> session.executeRead(work, config)));
    }

    @Override
    public void close() {
        reads.close();
    }
}
