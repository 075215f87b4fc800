package org.backchannel.store.neo4j;

import java.time.Duration;
import org.backchannel.store.StoreUnavailableException;
import org.backchannel.store.StoreUnreachableException;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/** Opens the one long-lived {@link Driver} of a session and turns connection failures into plain words. */
final class Neo4jConnector {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /**
     * How long the driver keeps retrying a transaction over a broken connection. Short, because the
     * app has its own, visible, back-off: a user should learn within seconds that the store is gone.
     */
    static final Duration RETRY_TIME = Duration.ofSeconds(3);
    static final Duration ACQUISITION_TIMEOUT = Duration.ofSeconds(10);

    private Neo4jConnector() {
    }

    static Driver connect(ConnectionSettings settings) {
        Config config = Config.builder()
                .withConnectionTimeout(CONNECT_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .withMaxTransactionRetryTime(RETRY_TIME.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .withConnectionAcquisitionTimeout(ACQUISITION_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .withLogging(Logging.slf4j())
                .withUserAgent("backchannel")
                .build();
        Driver driver = GraphDatabase.driver(settings.uri(), AuthTokens.basic(settings.username(), settings.password()), config);
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (RuntimeException e) {
            driver.close();
            throw explain(settings, e);
        }
    }

    static StoreUnavailableException explain(ConnectionSettings settings, RuntimeException e) {
        String where = settings.safeUri();
        if (e instanceof AuthenticationException) {
            return new StoreUnavailableException("Neo4j at " + where + " refused the username \"" + settings.username()
                    + "\" or its password. Check NEO4J_USERNAME and NEO4J_PASSWORD.", e);
        }
        if (e instanceof SecurityException) {
            return new StoreUnavailableException("A secure connection to " + where + " could not be set up: "
                    + withoutFullStop(e.getMessage()) + ". Check the certificate, or the scheme (+s for a trusted certificate, +ssc for a self-signed one).", e);
        }
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
            return new StoreUnreachableException("Cannot reach Neo4j at " + where + ": " + withoutFullStop(e.getMessage())
                    + ". Check that the server is running and the address and port are right.", e);
        }
        if (e instanceof ClientException) {
            return new StoreUnavailableException("Neo4j at " + where + " refused the connection: " + e.getMessage(), e);
        }
        return new StoreUnavailableException("Connecting to Neo4j at " + where + " failed: " + e.getMessage(), e);
    }

    /** The driver's messages mostly end with a full stop (some with two); ours goes on after them. */
    private static String withoutFullStop(String message) {
        return message == null ? "" : message.replaceAll("[.\\s]+$", "");
    }
}
