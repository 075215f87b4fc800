package org.backchannel.store;

import java.util.List;
import java.util.Map;
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
     * without Backchannel's indexes, constraints or stored degrees.
     */
    static void fillWithoutSchema(GuestNeo4j server, Dataset dataset) {
        try (Neo4jGraphStore writer = Neo4jGraphStore.connect(settings(server, "bolt"))) {
            writer.importDataset(dataset);
        }
        for (Map<String, Object> constraint : server.run("SHOW CONSTRAINTS YIELD name")) {
            server.run("DROP CONSTRAINT " + constraint.get("name"));
        }
        for (Map<String, Object> index : server.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")) {
            server.run("DROP INDEX " + index.get("name"));
        }
        server.run("MATCH (n:Entity) REMOVE n.degree");
    }

    /** Every index and constraint with what it covers, in a stable order. */
    static List<Map<String, Object>> schema(GuestNeo4j server) {
        List<Map<String, Object>> all = new java.util.ArrayList<>(server.run(
                "SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint RETURN * ORDER BY name"));
        all.addAll(server.run("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name"));
        return all;
    }

    /** Nodes carrying the degree Backchannel stores when it prepares a database. */
    static long nodesWithDegree(GuestNeo4j server) {
        return (Long) server.run("MATCH (n) WHERE n.degree IS NOT NULL RETURN count(n) AS c").get(0).get("c");
    }
}
