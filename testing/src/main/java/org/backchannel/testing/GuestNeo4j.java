package org.backchannel.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.configuration.ssl.ClientAuth;
import org.neo4j.configuration.ssl.SslPolicyConfig;
import org.neo4j.configuration.ssl.SslPolicyScope;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Someone else's Neo4j for guest tests: a real DBMS in this JVM with Bolt on loopback, without
 * authentication, that Backchannel did not set up. It can be started with its database read-only
 * (Neo4j's own {@code read_only_databases}) or with Bolt over TLS with a given certificate. The port
 * is fixed before start so that it is also the address the server advertises for routing.
 */
public final class GuestNeo4j implements AutoCloseable {

    /** How the server is configured. */
    public record Options(boolean readOnly, SelfSignedCertificate tls) {
        public static final Options WRITABLE = new Options(false, null);
        public static final Options READ_ONLY = new Options(true, null);
    }

    private final DatabaseManagementService dbms;
    private final int port;

    private GuestNeo4j(DatabaseManagementService dbms, int port) {
        this.dbms = dbms;
        this.port = port;
    }

    public static GuestNeo4j start(Path home, Options options) {
        int port = freePort();
        SocketAddress address = new SocketAddress("127.0.0.1", port);
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, address)
                .setConfig(BoltConnector.advertised_address, address)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1));
        if (options.readOnly()) {
            builder.setConfig(GraphDatabaseSettings.read_only_databases, Set.of(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
        }
        if (options.tls() == null) {
            builder.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        } else {
            SslPolicyConfig bolt = SslPolicyConfig.forScope(SslPolicyScope.BOLT);
            builder.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.REQUIRED)
                    .setConfig(bolt.enabled, true)
                    .setConfig(bolt.base_directory, options.tls().directory())
                    .setConfig(bolt.private_key, options.tls().privateKey())
                    .setConfig(bolt.public_certificate, options.tls().certificate())
                    .setConfig(bolt.client_auth, ClientAuth.NONE);
        }
        return new GuestNeo4j(builder.build(), port);
    }

    /** The address with a scheme, e.g. {@code bolt}, {@code neo4j} or {@code bolt+ssc}. */
    public URI uri(String scheme) {
        return URI.create(scheme + "://127.0.0.1:" + port);
    }

    /** Runs a statement as the database's owner would, through the embedded API (not through Backchannel). */
    public List<Map<String, Object>> run(String cypher, Map<String, Object> parameters) {
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        return db.executeTransactionally(cypher, parameters, result -> result.stream().toList());
    }

    public List<Map<String, Object>> run(String cypher) {
        return run(cypher, Map.of());
    }

    /** Drops every index and constraint but Neo4j's own label and type lookups, as a database that never had them. */
    public void dropIndexesAndConstraints() {
        for (Map<String, Object> constraint : run("SHOW CONSTRAINTS YIELD name")) {
            run("DROP CONSTRAINT " + constraint.get("name"));
        }
        for (Map<String, Object> index : run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")) {
            run("DROP INDEX " + index.get("name"));
        }
    }

    /** Every index and constraint with what it covers, in a stable order: equal lists mean an unchanged schema. */
    public List<Map<String, Object>> schema() {
        List<Map<String, Object>> all = new java.util.ArrayList<>(run(
                "SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint RETURN * ORDER BY name"));
        all.addAll(run("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name"));
        return all;
    }

    /** How many nodes have a property, e.g. the {@code degree} Backchannel stores when it prepares a database. */
    public long nodesWith(String property) {
        return (Long) run("MATCH (n) WHERE n[$property] IS NOT NULL RETURN count(n) AS c", Map.of("property", property)).get(0).get("c");
    }

    @Override
    public void close() {
        dbms.shutdown();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
