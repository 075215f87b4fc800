package org.backchannel.app.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.backchannel.app.BundledDataset;
import org.backchannel.app.task.SameThreadTasks;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.neo4j.ConnectionSettings;
import org.backchannel.testing.GuestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Prepare this database for Backchannel…" on someone else's Neo4j holding Backchannel's data
 * without its indexes: looking up lists them and writes nothing, cancelling writes nothing,
 * confirming creates them.
 */
class PreparationViewModelIT {

    @TempDir
    Path home;

    @Test
    void theListComesFirstAndOnlyConfirmingWrites() throws Exception {
        try (GuestNeo4j server = GuestNeo4j.start(home, GuestNeo4j.Options.WRITABLE);
             ConnectedStore connected = ConnectedStore.external(new ConnectionSettings(server.uri("bolt"), "neo4j", "unused"))) {
            connected.store().importDataset(BundledDataset.load());
            server.dropIndexesAndConstraints();
            server.run("MATCH (n:Entity) REMOVE n.degree");
            List<Map<String, Object>> bare = server.schema();
            AtomicInteger prepared = new AtomicInteger();
            PreparationViewModel preparation = new PreparationViewModel(new SameThreadTasks(), () -> connected, prepared::incrementAndGet);

            preparation.lookUp();
            assertThat(preparation.steps()).anySatisfy(step -> assertThat(step).contains("CREATE CONSTRAINT entity_id"))
                    .anySatisfy(step -> assertThat(step).contains("store the degree"));
            assertThat(preparation.describeStore()).contains(server.uri("bolt").toString());
            preparation.cancel();
            assertThat(preparation.messageProperty().get()).isEqualTo("Nothing was written.");
            assertThat(server.schema()).isEqualTo(bare);

            preparation.lookUp();
            preparation.prepare();

            assertThat(preparation.messageProperty().get()).startsWith("Created ").contains("stored the degree of");
            assertThat(prepared).hasValue(1);
            assertThat(server.schema()).extracting(row -> row.get("name")).contains("entity_id", "entity_names", "entity_degree");
            preparation.lookUp();
            assertThat(preparation.planProperty().get()).isNull();
            assertThat(preparation.messageProperty().get()).contains("nothing to do");
        }
    }
}
