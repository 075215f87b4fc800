package org.backchannel.store;

import org.backchannel.model.Dataset;
import org.backchannel.store.neo4j.ConnectionSettings;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.backchannel.testing.GuestNeo4j;

/** What guest tests do to someone else's database as its owner, and what they read back to tell whether Backchannel changed it. */
final class GuestDatabases {

    private GuestDatabases() {
    }

    /** Settings as a user would type them; the server ignores the password (authentication is off). */
    static ConnectionSettings settings(GuestNeo4j server, String scheme) {
        return new ConnectionSettings(server.uri(scheme), "neo4j", "unused");
    }

    /**
     * Backchannel's data as another tool would have written it: the dataset's nodes and links,
     * without Backchannel's indexes, constraints, stored degrees or lesser degrees.
     */
    static void fillWithoutSchema(GuestNeo4j server, Dataset dataset) {
        try (Neo4jGraphStore writer = Neo4jGraphStore.connect(settings(server, "bolt"))) {
            writer.importDataset(dataset);
        }
        server.dropIndexesAndConstraints();
        server.run("MATCH (n:Entity) REMOVE n.degree");
        server.run("MATCH ()-[r]->() REMOVE r.lesserDegree");
    }
}
