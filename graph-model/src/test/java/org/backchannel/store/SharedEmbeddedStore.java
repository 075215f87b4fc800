package org.backchannel.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.backchannel.store.embedded.EmbeddedNeo4j;
import org.backchannel.store.neo4j.ConnectionSettings;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * One real embedded Neo4j for all integration tests of this JVM: starting a DBMS costs about ten
 * seconds, so tests share it and reset its content instead. It stops when the JVM exits, and its
 * folder (about 120 MB) is deleted then.
 */
public final class SharedEmbeddedStore {

    private static EmbeddedNeo4j neo4j;
    private static Neo4jGraphStore store;
    /** For the Cypher of {@link #empty()}, which the store does not offer. */
    private static Driver driver;

    private SharedEmbeddedStore() {
    }

    public static synchronized EmbeddedNeo4j neo4j() {
        if (neo4j == null) {
            try {
                Path home = Files.createTempDirectory("backchannel-it-");
                neo4j = EmbeddedNeo4j.start(home);
                store = Neo4jGraphStore.connectAndPrepare(new ConnectionSettings(neo4j.boltUri(), neo4j.username(), neo4j.password()));
                driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.username(), neo4j.password()));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    driver.close();
                    store.close();
                    neo4j.close();
                    deleteTree(home);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return neo4j;
    }

    public static synchronized Neo4jGraphStore store() {
        neo4j();
        return store;
    }

    /** Removes every node and link, for a test that needs the store empty or leaves it so for the others. */
    public static synchronized void empty() {
        neo4j();
        try (Session session = driver.session()) {
            session.run("MATCH (n) DETACH DELETE n").consume();
        }
    }

    private static void deleteTree(Path home) {
        try (Stream<Path> paths = Files.walk(home)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // The JVM is exiting: say what is left behind rather than fail the run.
            System.err.println("Could not delete the shared test store " + home + ": " + e);
        }
    }
}
