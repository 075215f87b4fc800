package org.backchannel.app.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.backchannel.app.BundledDataset;
import org.backchannel.dataset.DatasetException;
import org.backchannel.store.embedded.EmbeddedNeo4j;
import org.backchannel.store.neo4j.ConnectionSettings;
import org.backchannel.store.neo4j.Neo4jGraphStore;

/**
 * One embedded DBMS holding the article for a test class, which its commands reach as a server through
 * {@code NEO4J_URI}: a command on the embedded store would start and stop a DBMS of its own each time.
 */
final class ArticleServer implements AutoCloseable {

    private final EmbeddedNeo4j neo4j;

    private ArticleServer(EmbeddedNeo4j neo4j) {
        this.neo4j = neo4j;
    }

    static ArticleServer start(Path folder) throws DatasetException {
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(folder);
        try (Neo4jGraphStore store = new ArticleServer(neo4j).connect()) {
            store.importDataset(BundledDataset.load());
        } catch (RuntimeException | DatasetException e) {
            neo4j.close();
            throw e;
        }
        return new ArticleServer(neo4j);
    }

    /** What a command reads to reach this server, with {@code home} as the app's home folder. */
    Map<String, String> environment(Path home) {
        return Map.of("BACKCHANNEL_HOME", home.toString(), "NEO4J_URI", neo4j.boltUri().toString(),
                "NEO4J_USERNAME", neo4j.username(), "NEO4J_PASSWORD", neo4j.password());
    }

    URI boltUri() {
        return neo4j.boltUri();
    }

    /** A client of this server, for a test to read the store the commands read. */
    Neo4jGraphStore connect() {
        return Neo4jGraphStore.connect(new ConnectionSettings(neo4j.boltUri(), neo4j.username(), neo4j.password()));
    }

    @Override
    public void close() {
        neo4j.close();
    }
}
