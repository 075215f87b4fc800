package org.backchannel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.backchannel.app.cli.GuestStores.Run;
import org.backchannel.testing.GuestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On someone else's writable Neo4j: {@code import} creates the indexes it needs and says which;
 * {@code prepare} lists what it would create and writes nothing, {@code prepare --yes} creates it.
 */
class PrepareCommandIT {

    @TempDir
    Path home;

    @Test
    void importSaysWhatItCreatesAndPrepareAsksBeforeWriting() throws Exception {
        try (GuestNeo4j server = GuestNeo4j.start(home.resolve("server"), GuestNeo4j.Options.WRITABLE)) {
            Map<String, String> environment = GuestStores.environment(server, home);
            Path article = GuestStores.bundledDatasetFile(home);

            Run imported = GuestStores.run(ImportCommand::new, environment, article.toString());
            assertThat(imported.exit()).as(imported.err()).isZero();
            assertThat(imported.out()).contains("indexes and constraints Backchannel needs", "CREATE CONSTRAINT entity_id");
            Run again = GuestStores.run(ImportCommand::new, environment, article.toString());
            assertThat(again.out()).doesNotContain("indexes and constraints").contains("nothing changed");

            GuestStores.removeBackchannelsSchema(server);
            List<Map<String, Object>> bare = server.schema();
            Run listed = GuestStores.run(PrepareCommand::new, environment);
            assertThat(listed.exit()).as(listed.err()).isZero();
            assertThat(listed.out()).contains("would be created", "CREATE CONSTRAINT entity_id", "CREATE FULLTEXT INDEX entity_names",
                    "store the degree", "Nothing was written", "prepare --yes");
            assertThat(server.schema()).isEqualTo(bare);
            assertThat(server.nodesWith("degree")).isZero();

            Run prepared = GuestStores.run(PrepareCommand::new, environment, "--yes");
            assertThat(prepared.exit()).as(prepared.err()).isZero();
            assertThat(prepared.out()).containsPattern("Created \\d+ indexes and constraints and stored the degree of \\d+ nodes");
            assertThat(server.schema()).extracting(row -> row.get("name")).contains("entity_id", "entity_names", "entity_degree");
            assertThat(server.nodesWith("degree")).isPositive();
            assertThat(GuestStores.run(PrepareCommand::new, environment).out()).contains("is prepared for Backchannel; nothing to do");
        }
    }
}
