package org.backchannel.store.neo4j;

import java.util.List;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a store ready for browsing when the app connects: Backchannel's constraints and indexes
 * exist, and every node has the stored degree the overview orders by.
 */
final class SchemaSetup {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaSetup.class);
    private static final SessionConfig WRITE = SessionConfig.builder().withDefaultAccessMode(AccessMode.WRITE).build();

    private SchemaSetup() {
    }

    /** @throws Neo4jException when the server fails otherwise than by refusing a read-only account the schema */
    static void prepare(Driver driver, ConnectionSettings settings) {
        try (Session session = driver.session(WRITE)) {
            // Checking by name first saves a schema transaction per index on every start but the first.
            List<String> existing = session.executeRead(tx -> tx.run(StoreSchema.EXISTING).single().get("names").asList(Value::asString));
            List<StoreSchema.Item> missing = StoreSchema.items().stream().filter(item -> !existing.contains(item.name())).toList();
            for (StoreSchema.Item item : missing) {
                session.executeWriteWithoutResult(tx -> tx.run(item.statement()).consume());
            }
            if (!missing.isEmpty()) {
                LOG.info("Created {} indexes and constraints at {}", missing.size(), settings.safeUri());
            }
            awaitIndexes(session, settings);
            long withoutDegree = session.run(StoreSchema.DEGREE_MISSING).single().get("missing").asLong();
            if (withoutDegree > 0) {
                LOG.info("Storing the degree of {} nodes imported by an earlier version", withoutDegree);
                session.run(StoreSchema.BACKFILL_DEGREE).consume();
            }
        } catch (Neo4jException e) {
            if (e.code() == null || !e.code().startsWith("Neo.ClientError.Security.")) {
                throw e;
            }
            // A read-only account can still browse; search and filters are slower without the indexes.
            LOG.warn("Not allowed to create Backchannel's indexes at {}: {}", settings.safeUri(), e.getMessage());
        }
    }

    /**
     * Indexes on a large store can take minutes to build the first time; the queries are right
     * without them, only slower, so a store still building them opens anyway.
     */
    private static void awaitIndexes(Session session, ConnectionSettings settings) {
        try {
            session.run("CALL db.awaitIndexes(60)").consume();
        } catch (ClientException e) {
            if (!"Neo.ClientError.Procedure.ProcedureCallFailed".equals(e.code())) {
                throw e;
            }
            LOG.warn("Indexes at {} are still being built; browsing is slower until they are: {}", settings.safeUri(),
                    e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
