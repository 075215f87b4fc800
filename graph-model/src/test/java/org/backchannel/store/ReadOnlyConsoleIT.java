package org.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.backchannel.store.embedded.EmbeddedNeo4j;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The query console reads and never writes: Neo4j's own plan decides, before anything runs, and
 * the store's digest proves nothing changed. Long queries time out or can be called off.
 */
class ReadOnlyConsoleIT {

    /** Counts to a billion without writing anything: long enough to call off or time out. */
    private static final String SLOW = "UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS none";

    private final Neo4jGraphStore store = SharedEmbeddedStore.store();
    private String digest;

    @BeforeEach
    void fill() {
        TestDatasets.importAlone(store, TestDatasets.small());
        digest = store.contentDigest();
    }

    @AfterEach
    void restoreTimeout() {
        store.setConsoleTimeout(Duration.ofSeconds(30));
    }

    @Test
    void aReadingQueryAnswersWithColumnsAndRowsAsText() {
        QueryAnswer answer = store.readOnlyQuery("MATCH (n:Entity) RETURN n.name AS name, n ORDER BY name LIMIT 2", 10);

        assertThat(answer.columns()).containsExactly("name", "n");
        assertThat(answer.rows()).hasSize(2);
        assertThat(answer.rows().get(0).get(1)).startsWith("(:Entity").contains(answer.rows().get(0).get(0));
        assertThat(answer.truncated()).isFalse();
    }

    @Test
    void moreRowsThanTheLimitAreCutAndSaidToBe() {
        QueryAnswer answer = store.readOnlyQuery("UNWIND range(1, 1000) AS i RETURN i", 100);

        assertThat(answer.rows()).hasSize(100);
        assertThat(answer.rows().get(99)).containsExactly("100");
        assertThat(answer.truncated()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE (:Entity {id: 'intruder'})",
        "MATCH (n:Entity) SET n.name = 'changed'",
        "MATCH (n:Entity) DETACH DELETE n",
        "MATCH (n:Entity) REMOVE n.name",
        "MERGE (n:Intruder {id: 1}) RETURN n",
        "match (n:Entity) with n limit 1 create (n)-[:SPOKE_WITH]->(n)",
        "/* only a comment first */ CREATE (:X)",
        "FOREACH (i IN range(1, 3) | CREATE (:X {i: i}))",
        "CREATE INDEX intruder IF NOT EXISTS FOR (n:X) ON (n.y)",
        "DROP CONSTRAINT entity_id",
        "CALL db.createLabel('Intruder')",
        "MATCH (n:Entity) RETURN n UNION MATCH (m:Entity) SET m.x = 1 RETURN m AS n",
    })
    void aStatementThatWouldWriteIsRefusedBeforeItRunsAndTheStoreIsUnchanged(String statement) {
        assertThatThrownBy(() -> store.readOnlyQuery(statement, 10))
                .isInstanceOf(QueryRefusedException.class)
                .hasMessageContaining("Nothing was run");
        assertThat(store.contentDigest()).isEqualTo(digest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PROFILE CREATE (:X)", "explain MATCH (n) RETURN n", "", "   "})
    void planPrefixesAndEmptyInputAreRefusedWithAReason(String statement) {
        assertThatThrownBy(() -> store.readOnlyQuery(statement, 10)).isInstanceOf(QueryRefusedException.class);
        assertThat(store.contentDigest()).isEqualTo(digest);
    }

    @Test
    void invalidCypherIsRefusedWithNeo4jsReason() {
        assertThatThrownBy(() -> store.readOnlyQuery("MATCH (n RETURN n", 10))
                .isInstanceOf(QueryRefusedException.class)
                .hasMessageStartingWith("Neo4j could not run the query: ");
    }

    @Test
    void aQueryThatRunsTooLongIsStoppedAndSaysSo() {
        store.setConsoleTimeout(Duration.ofSeconds(1));

        assertThatThrownBy(() -> store.readOnlyQuery(SLOW, 10))
                .isInstanceOf(QueryRefusedException.class)
                .hasMessageContaining("ran longer than 1 s and was stopped");
    }

    @Test
    void interruptingTheThreadOfARunningQueryEndsItOnTheServerToo() throws Exception {
        EmbeddedNeo4j neo4j = SharedEmbeddedStore.neo4j();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Driver watcher = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.username(), neo4j.password()))) {
            Future<QueryAnswer> running = thread.submit(() -> store.readOnlyQuery(SLOW, 10));
            awaitRunning(watcher);

            running.cancel(true);

            // Well under the console's 30 s timeout, which would otherwise be what ends it.
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                while (!runningTransactions(watcher).isEmpty()) {
                    Thread.sleep(20);
                }
            });
            assertThat(running.isCancelled()).isTrue();
        } finally {
            thread.shutdownNow();
        }
        assertThat(store.readOnlyQuery("RETURN 1 AS one", 1).rows()).containsExactly(List.of("1"));
    }

    private static void awaitRunning(Driver watcher) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (runningTransactions(watcher).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the slow query never showed up as running");
            }
            Thread.sleep(20);
        }
    }

    /** The console's slow statement among the store's transactions, seen from a connection of its own. */
    private static List<String> runningTransactions(Driver watcher) {
        try (var session = watcher.session()) {
            return session.run("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'range(1, 1000000000)' "
                    + "AND NOT currentQuery CONTAINS 'SHOW' RETURN currentQuery").list(r -> r.get(0).asString());
        }
    }
}
