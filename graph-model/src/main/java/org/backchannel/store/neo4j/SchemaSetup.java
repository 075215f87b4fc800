package org.backchannel.store.neo4j;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.backchannel.store.StorePreparation;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backchannel's constraints and indexes, the stored degree the overview orders by and the lesser
 * degree it finds links by ({@link LesserDegree}): what a
 * database has of them (read without writing, so that a guest on someone else's database or on a
 * read-only one changes nothing), and creating what is missing when the user asks or imports.
 */
final class SchemaSetup {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaSetup.class);
    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
    private static final SessionConfig WRITE = SessionConfig.builder().withDefaultAccessMode(AccessMode.WRITE).build();

    /** The indexes a database has, and which of them answer queries now. */
    record Found(Set<String> existing, Set<String> online, StorePreparation preparation) {

        boolean usable(String index) {
            return online.contains(index);
        }

        /** The overview can walk the degree index only when every node of ours has a degree. */
        boolean degreeIndexed() {
            return usable(StoreSchema.DEGREE_INDEX) && preparation.nodesWithoutDegree() == 0;
        }

        /** The overview can seek the links among its nodes only when, besides, every relationship of ours has its lesser degree. */
        boolean lesserDegreeIndexed() {
            return degreeIndexed() && online.containsAll(LesserDegree.indexNames()) && preparation.linksWithoutLesserDegree() == 0;
        }
    }

    private SchemaSetup() {
    }

    /** What the database has and lacks; reads only. */
    static Found inspect(Driver driver) {
        try (Session session = driver.session(READ)) {
            List<Record> rows = indexes(session);
            Set<String> existing = rows.stream().map(r -> r.get("name").asString()).collect(Collectors.toSet());
            Set<String> online = rows.stream().filter(r -> "ONLINE".equals(r.get("state").asString()))
                    .map(r -> r.get("name").asString()).collect(Collectors.toSet());
            return session.executeRead(tx -> {
                List<String> missing = StoreSchema.items().stream().filter(item -> !existing.contains(item.name()))
                        .map(StoreSchema.Item::statement).toList();
                long entities = tx.run(BrowseQueries.ENTITY_COUNT).single().get("total").asLong();
                long withoutDegree;
                long withoutLesserDegree;
                if (entities == 0) {
                    withoutDegree = 0;
                    withoutLesserDegree = 0;
                } else {
                    // Cheap with the indexes: what has the property is counted off them.
                    withoutDegree = online.contains(StoreSchema.DEGREE_INDEX)
                            ? tx.run(StoreSchema.DEGREE_MISSING).single().get("missing").asLong() : -1;
                    withoutLesserDegree = online.containsAll(LesserDegree.indexNames())
                            ? tx.run(LesserDegree.MISSING).single().get("missing").asLong() : -1;
                }
                return new Found(existing, online, new StorePreparation(missing, withoutDegree, withoutLesserDegree, entities > 0));
            });
        }
    }

    /**
     * The database's indexes; none when the user may not list them (a role without the SHOW INDEX
     * privilege), so that such a user browses with the queries that need no index.
     */
    private static List<Record> indexes(Session session) {
        try {
            return session.executeRead(tx -> tx.run(StoreSchema.EXISTING).list());
        } catch (ClientException e) {
            if (e.code() == null || !e.code().startsWith("Neo.ClientError.Security.")) {
                throw e;
            }
            LOG.warn("Not allowed to list the indexes; browsing as if there were none: {}", e.getMessage());
            return List.of();
        }
    }

    /** What preparing created, and what the database has after it. */
    record Prepared(StorePreparation done, Found after) {
    }

    /**
     * Creates whatever is missing, stores the degree of nodes that lack one, then the lesser degree of
     * relationships that lack it. A database that lacks nothing, with every index online, is only read once:
     * on every start the embedded store is such a database, and reading it again, awaiting its indexes and
     * counting what lacks a degree twice more were statements of the start's (decision 0042).
     *
     * @return what was missing, which is now there, and the database's schema after
     */
    static Prepared prepare(Driver driver, ConnectionSettings settings) {
        Found found = inspect(driver);
        if (found.preparation().isPrepared() && found.online().containsAll(found.existing())) {
            return new Prepared(found.preparation(), found);
        }
        return new Prepared(create(driver, settings, found.preparation()), inspect(driver));
    }

    private static StorePreparation create(Driver driver, ConnectionSettings settings, StorePreparation before) {
        try (Session session = driver.session(WRITE)) {
            for (String statement : before.missing()) {
                session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
            }
            if (!before.missing().isEmpty()) {
                LOG.info("Created {} indexes and constraints at {}", before.missing().size(), settings.safeUri());
            }
            awaitIndexes(session, settings);
            long withoutDegree = session.run(StoreSchema.DEGREE_MISSING).single().get("missing").asLong();
            if (withoutDegree > 0) {
                LOG.info("Storing the degree of {} nodes at {}", withoutDegree, settings.safeUri());
                session.run(StoreSchema.BACKFILL_DEGREE).consume();
            }
            // After the degrees, which it is worked out from.
            long withoutLesserDegree = session.run(LesserDegree.MISSING).single().get("missing").asLong();
            if (withoutLesserDegree > 0) {
                LOG.info("Storing the lesser degree of their ends on {} relationships at {}", withoutLesserDegree, settings.safeUri());
                session.run(LesserDegree.BACKFILL).consume();
            }
            return new StorePreparation(before.missing(), withoutDegree, withoutLesserDegree, before.ownNodes());
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
