package org.backchannel.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.backchannel.store.StoreUnreachableException;
import org.backchannel.store.TestDatasets;
import org.backchannel.store.neo4j.ConnectionSettings;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded DBMS stops underneath the app (as after a panic): queries fail as unreachable, and
 * the next probe starts it again, on the same address, with everything it held.
 */
class EmbeddedDatabaseStopsIT {

    @TempDir
    Path home;

    @Test
    void aStoppedDbmsIsReportedUnreachableAndAProbeBringsItBackWithItsContent() {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(home);
             Neo4jGraphStore store = Neo4jGraphStore.connectAndPrepare(
                     new ConnectionSettings(neo4j.boltUri(), neo4j.username(), neo4j.password()), neo4j::restartIfStopped)) {
            store.importDataset(TestDatasets.small());
            String digest = store.contentDigest();

            neo4j.managementService().shutdown();

            assertThatThrownBy(store::summary).isInstanceOf(StoreUnreachableException.class);

            store.ping();

            assertThat(store.contentDigest()).isEqualTo(digest);
        }
    }
}
