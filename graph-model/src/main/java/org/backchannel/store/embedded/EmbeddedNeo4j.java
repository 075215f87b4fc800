package org.backchannel.store.embedded;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.backchannel.store.StoreUnavailableException;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Neo4j Community DBMS started in this process. Bolt listens on 127.0.0.1 only, on a port the
 * OS picks, and requires a password generated afresh at every start and kept only in memory. Clients
 * reach it through the driver, exactly as they reach an external server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    public static final String USERNAME = "neo4j";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final Label USER = Label.label("User");
    /**
     * How long a stop waits for Bolt threads and for connections (twice: about 2 s of a 3 s stop). A test
     * seam: the integration tests close their drivers before they stop a DBMS and stop about forty of them,
     * so their poms set {@code backchannel.boltShutdownWaitMillis} to 0.
     */
    private static final Duration BOLT_SHUTDOWN_WAIT = Duration.ofMillis(Long.getLong("backchannel.boltShutdownWaitMillis", 1_000));

    private volatile DatabaseManagementService dbms;
    private final URI boltUri;
    private final String password;
    private final Path home;

    private EmbeddedNeo4j(DatabaseManagementService dbms, URI boltUri, String password, Path home) {
        this.dbms = dbms;
        this.boltUri = boltUri;
        this.password = password;
        this.home = home;
    }

    /**
     * Starts the DBMS whose files live in {@code home}, creating them on first use.
     *
     * @throws StoreUnavailableException when the store cannot start, for example because another process holds it
     */
    public static EmbeddedNeo4j start(Path home) {
        long started = System.nanoTime();
        long pageCache = PageCacheSize.forStore(home);
        DatabaseManagementService dbms = build(home, 0, pageCache);
        String password = newPassword();
        try {
            prepare(dbms, password);
            URI uri = boltUri(dbms);
            LOG.info("Embedded Neo4j started in {} ms at {}, store {}, page cache {} MB", (System.nanoTime() - started) / 1_000_000,
                    uri, home, pageCache / ByteUnit.mebiBytes(1));
            return new EmbeddedNeo4j(dbms, uri, password, home);
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw new StoreUnavailableException("The embedded Neo4j store at " + home + " started but could not be prepared: "
                    + e.getMessage(), e);
        }
    }

    private static DatabaseManagementService build(Path home, int port, long pageCache) {
        try {
            return new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.log_queries_parameter_logging_enabled, false)
                    // The defaults wait about 11 s for Bolt threads on shutdown; a desktop app should quit in seconds.
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, BOLT_SHUTDOWN_WAIT)
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, BOLT_SHUTDOWN_WAIT)
                    .build();
        } catch (RuntimeException e) {
            throw new StoreUnavailableException(startFailureMessage(home, e), e);
        }
    }

    /**
     * Sets this run's password on the user's node in the {@code system} database through the embedded API, as
     * Neo4j's own security component writes it, rather than by {@code ALTER USER}: that statement was the JVM's first
     * Cypher, planned cold on every start (decision 0042). Only the salted hash is stored, as {@code ALTER USER}
     * stores it; logins read the node afresh, so the next Bolt login checks against it.
     */
    private static void prepare(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        String credentials = SystemGraphCredential.createCredentialForPassword(password.getBytes(StandardCharsets.UTF_8),
                new SecureHasher()).serialize();
        try (Transaction tx = system.beginTx()) {
            Node user = tx.findNode(USER, "name", USERNAME);
            if (user == null) {
                throw new IllegalStateException("the system database has no user " + USERNAME);
            }
            user.setProperty("credentials", credentials);
            user.setProperty("passwordChangeRequired", false);
            tx.commit();
        }
    }

    public URI boltUri() {
        return boltUri;
    }

    public String username() {
        return USERNAME;
    }

    /** The password of this run; held in memory only and never logged. */
    public String password() {
        return password;
    }

    public Path home() {
        return home;
    }

    /**
     * Starts the DBMS again if it stopped underneath the app (after a panic, for example), on the same
     * port and with the same password, so that connected drivers find it again as they would a server
     * that came back. Neo4j Community cannot restart a single database, so the whole DBMS restarts.
     */
    public synchronized void restartIfStopped() {
        if (available()) {
            return;
        }
        LOG.warn("The embedded Neo4j at {} stopped; starting it again on {}", home, boltUri);
        try {
            dbms.shutdown();
        } catch (RuntimeException e) {
            LOG.debug("Shutting down the stopped DBMS: {}", e.getMessage());
        }
        // The password set at start is kept in the system database, so the restarted DBMS needs no preparing.
        dbms = build(home, boltUri.getPort(), PageCacheSize.forStore(home));
    }

    private boolean available() {
        try {
            return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** For tests that play a database stopping underneath the app. */
    DatabaseManagementService managementService() {
        return dbms;
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        dbms.shutdown();
        LOG.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static URI boltUri(DatabaseManagementService dbms) {
        GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var address = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        return URI.create("bolt://" + address.getHost() + ":" + address.getPort());
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String startFailureMessage(Path home, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("FileLockException")) {
                return "The embedded store at " + home + " is in use by another process (is Backchannel already running?). "
                        + "Close the other window, or point this one at another store with BACKCHANNEL_HOME.";
            }
        }
        return "The embedded Neo4j store at " + home + " could not start: " + e.getMessage();
    }
}
