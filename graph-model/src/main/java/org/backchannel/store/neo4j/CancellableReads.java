package org.backchannel.store.neo4j;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read transactions that an interrupt of the calling thread ends on the server as well.
 *
 * <p>Interrupting a thread blocked in the driver's synchronous API does not help: the driver hands
 * its connection back and goes on waiting until the server finishes, which for a long query means its
 * timeout. So the transaction runs on a thread of this class while the caller waits for it, and an
 * interrupted caller terminates the transaction by a tag carried in its metadata.
 */
final class CancellableReads implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CancellableReads.class);
    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
    /**
     * For answers read whole as they arrive: the server streams every record at once instead of a thousand at a
     * time, each thousand waiting for the client to ask for the next. On a busy machine each of those round trips
     * waits for both threads to be scheduled; the overview's 20,000 links were twenty of them.
     */
    private static final SessionConfig READ_WHOLE = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ)
            .withFetchSize(-1).build();
    private static final String TAG = "backchannelTask";

    private final Driver driver;
    private final ExecutorService runners;

    CancellableReads(Driver driver) {
        this.driver = driver;
        AtomicInteger count = new AtomicInteger();
        this.runners = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "backchannel-read-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs work in a read session under a transaction configuration with the timeout and a fresh tag.
     *
     * @throws CancellationException when the calling thread was interrupted; the transaction has been terminated
     */
    <T> T run(Duration timeout, BiFunction<Session, TransactionConfig, T> work) {
        return run(READ, timeout, work);
    }

    /** The same for work that reads every record of its answers, which are bounded by a limit. */
    <T> T runWhole(Duration timeout, BiFunction<Session, TransactionConfig, T> work) {
        return run(READ_WHOLE, timeout, work);
    }

    private <T> T run(SessionConfig session, Duration timeout, BiFunction<Session, TransactionConfig, T> work) {
        String tag = UUID.randomUUID().toString();
        TransactionConfig config = TransactionConfig.builder().withTimeout(timeout).withMetadata(Map.of(TAG, tag)).build();
        Future<T> running = runners.submit(() -> {
            try (Session opened = driver.session(session)) {
                return work.apply(opened, config);
            }
        });
        try {
            return running.get();
        } catch (InterruptedException e) {
            terminate(tag);
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("The query was called off.");
            cancelled.initCause(e);
            throw cancelled;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException problem) {
                throw problem;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        runners.shutdownNow();
    }

    private void terminate(String tag) {
        try (Session session = driver.session()) {
            List<String> ids = session.run("SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData." + TAG + " = $tag "
                    + "RETURN transactionId", Map.of("tag", tag)).list(r -> r.get(0).asString());
            if (!ids.isEmpty()) {
                session.run("TERMINATE TRANSACTIONS $ids", Map.of("ids", ids)).consume();
            }
        } catch (Neo4jException e) {
            // It ends at its timeout anyway; the user has already moved on.
            LOG.warn("Could not terminate a called-off query: {}", e.getMessage());
        }
    }
}
