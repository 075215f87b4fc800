package org.backchannel.store.neo4j;

import java.util.function.Supplier;
import org.backchannel.store.StoreUnavailableException;
import org.backchannel.store.StoreUnreachableException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The driver's errors in words for the user: a server or database gone away is unreachable (the app
 * probes until it is back), anything else a failure of what was being done, naming the store without
 * its password.
 */
final class StoreErrors {

    private static final Logger LOG = LoggerFactory.getLogger(Neo4jGraphStore.class);
    private static final String DATABASE_UNAVAILABLE = "Neo.TransientError.General.DatabaseUnavailable";

    private StoreErrors() {
    }

    /** Runs {@code work}, turning the driver's errors into the store's, in words for the user. */
    static <T> T guarded(ConnectionSettings settings, String doing, Supplier<T> work) {
        try {
            return work.get();
        } catch (Neo4jException e) {
            throw unavailable(settings, doing, e);
        }
    }

    static StoreUnavailableException unavailable(ConnectionSettings settings, String doing, Neo4jException e) {
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
            return Neo4jConnector.explain(settings, e);
        }
        if (DATABASE_UNAVAILABLE.equals(e.code())) {
            return new StoreUnreachableException("The database at " + settings.safeUri() + " is not available: " + e.getMessage(), e);
        }
        LOG.warn("Neo4j error while {} at {}: {}", doing, settings.safeUri(), e.getMessage());
        return new StoreUnavailableException("Neo4j at " + settings.safeUri() + " failed while " + doing + ": " + e.getMessage(), e);
    }
}
