package org.backchannel.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.backchannel.app.BundledDataset;
import org.backchannel.dataset.DatasetException;
import org.backchannel.store.embedded.EmbeddedNeo4j;
import org.backchannel.store.neo4j.ConnectionSettings;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded DBMS holding the article for a test class, which its commands reach as a server through
 * {@code NEO4J_URI}: a command on the embedded store would start and stop a DBMS of its own each time.
 * Registered as {@code @RegisterExtension static final ArticleServer server = new ArticleServer();}, it starts
 * before the class's tests and stops, its folder removed, after them.
 */
final class ArticleServer implements BeforeAllCallback, AfterAllCallback {

    private Path folder;
    private EmbeddedNeo4j neo4j;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException, DatasetException {
        folder = Files.createTempDirectory("backchannel-article-server-");
        neo4j = EmbeddedNeo4j.start(folder);
        try (Neo4jGraphStore store = connect()) {
            store.importDataset(BundledDataset.load());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (neo4j != null) {
            neo4j.close();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
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

}
