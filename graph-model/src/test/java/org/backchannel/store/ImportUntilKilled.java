package org.backchannel.store;

import java.nio.file.Path;
import org.backchannel.model.Dataset;
import org.backchannel.store.embedded.EmbeddedNeo4j;
import org.backchannel.store.neo4j.ConnectionSettings;
import org.backchannel.store.neo4j.Neo4jGraphStore;

/**
 * The child process of {@link KilledImportIT}: opens the store, says "importing" and imports a large
 * generated dataset, which the parent interrupts with SIGKILL.
 */
public final class ImportUntilKilled {

    private ImportUntilKilled() {
    }

    public static void main(String[] args) {
        Dataset big = KilledImportIT.bigDataset();
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(Path.of(args[0]));
        // Prepared before "importing", as the app prepares its embedded store on opening: the kill must land in the import.
        Neo4jGraphStore store = Neo4jGraphStore.connectAndPrepare(new ConnectionSettings(neo4j.boltUri(), neo4j.username(), neo4j.password()));
        System.out.println("importing");
        System.out.flush();
        store.importDataset(big);
        System.out.println("imported");
        System.out.flush();
        try {
            // Wait to be killed: a kill now, after the commit and before a clean shutdown, must keep the import.
            Thread.sleep(120_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
        neo4j.close();
    }
}
