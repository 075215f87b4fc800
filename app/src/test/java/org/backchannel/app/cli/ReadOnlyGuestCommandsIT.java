package org.backchannel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.backchannel.app.cli.GuestStores.Run;
import org.backchannel.store.neo4j.ConnectionSettings;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.backchannel.testing.GuestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read-only database (Neo4j's {@code read_only_databases}) holding the article without
 * Backchannel's indexes: {@code status} and {@code export} open and draw it, {@code prepare}
 * lists what it lacks and {@code prepare --yes} is refused in plain words; content and schema
 * are the same afterwards.
 */
class ReadOnlyGuestCommandsIT {

    @TempDir
    static Path home;

    private static GuestNeo4j server;
    private static Map<String, String> environment;
    private static List<Map<String, Object>> schemaBefore;
    private static String digestBefore;

    @BeforeAll
    static void theArticleInADatabaseMadeReadOnly() throws Exception {
        Path folder = home.resolve("server");
        try (GuestNeo4j writable = GuestNeo4j.start(folder, GuestNeo4j.Options.WRITABLE)) {
            Run imported = GuestStores.run(ImportCommand::new, GuestStores.environment(writable, home),
                    GuestStores.bundledDatasetFile(home).toString());
            assertThat(imported.exit()).as(imported.err()).isZero();
            GuestStores.removeBackchannelsSchema(writable);
        }
        server = GuestNeo4j.start(folder, GuestNeo4j.Options.READ_ONLY);
        environment = GuestStores.environment(server, home);
        schemaBefore = server.schema();
        digestBefore = digest();
    }

    @AfterAll
    static void nothingChanged() {
        if (server == null) {
            return;
        }
        try {
            assertThat(server.schema()).isEqualTo(schemaBefore);
            assertThat(server.nodesWith("degree")).isZero();
            assertThat(digest()).isEqualTo(digestBefore);
        } finally {
            server.close();
        }
    }

    @Test
    void statusOpensItAndSaysItIsNotPrepared() {
        Run status = GuestStores.run(StatusCommand::new, environment);

        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(status.out()).contains("Store: Neo4j at bolt://127.0.0.1", "not prepared for Backchannel", "backchannel prepare");
    }

    @Test
    void exportDrawsIt() throws Exception {
        Path svg = home.resolve("read-only.svg");

        Run export = GuestStores.run(ExportCommand::new, environment, "--out", svg.toString(), "--era", "detente");

        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(Files.readString(svg)).contains("<svg", "Henry Kissinger", "Anatoly Dobrynin");
    }

    @Test
    void prepareListsWhatIsMissingAndIsRefusedWhenAskedToWrite() {
        assertThat(GuestStores.run(PrepareCommand::new, environment).out()).contains("CREATE CONSTRAINT entity_id", "Nothing was written");

        Run refused = GuestStores.run(PrepareCommand::new, environment, "--yes");

        assertThat(refused.exit()).isEqualTo(StoreCommand.UNAVAILABLE);
        assertThat(refused.err()).contains("read-only");
    }

    private static String digest() {
        try (Neo4jGraphStore store = Neo4jGraphStore.connect(new ConnectionSettings(server.uri("bolt"), "neo4j", "unused"))) {
            return store.contentDigest();
        }
    }
}
