package org.backchannel.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backchannel.store.embedded.EmbeddedNeo4j;
import org.backchannel.store.neo4j.ConnectionSettings;
import org.backchannel.store.neo4j.Neo4jGraphStore;

/**
 * One real embedded Neo4j for all integration tests of this JVM: starting a DBMS costs about ten
 * seconds, so tests share it and reset its content instead. It stops when the JVM exits.
 */
public final class SharedEmbeddedStore {

    private static EmbeddedNeo4j neo4j;
    private static Neo4jGraphStore store;

    private SharedEmbeddedStore() {
    }

    public static synchronized EmbeddedNeo4j neo4j() {
        if (neo4j == null) {
            try {
                Path home = Files.createTempDirectory("backchannel-it-");
                neo4j = EmbeddedNeo4j.start(home);
                store = Neo4jGraphStore.connectAndPrepare(new ConnectionSettings(neo4j.boltUri(), neo4j.username(), neo4j.password()));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    store.close();
                    neo4j.close();
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
}
