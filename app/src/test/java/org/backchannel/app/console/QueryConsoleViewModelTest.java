package org.backchannel.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.backchannel.app.connection.Backoff;
import org.backchannel.app.connection.StoreHealth;
import org.backchannel.app.task.SameThreadTasks;
import org.backchannel.app.testing.UnsupportedGraphStore;
import org.backchannel.store.GraphStore;
import org.backchannel.store.QueryAnswer;
import org.backchannel.store.QueryRefusedException;
import org.backchannel.store.StoreUnreachableException;
import org.junit.jupiter.api.Test;

class QueryConsoleViewModelTest {

    private final ConsoleStore store = new ConsoleStore();
    private final SameThreadTasks tasks = new SameThreadTasks();
    private final StoreHealth health = new StoreHealth(tasks, Backoff.STANDARD);
    private GraphStore opened = store;
    private final QueryConsoleViewModel console = new QueryConsoleViewModel(health, () -> opened);

    {
        health.watch(store);
    }

    @Test
    void aReadingStatementShowsItsColumnsRowsAndTiming() {
        store.answer = new QueryAnswer(List.of("a", "b"), List.of(List.of("Nixon", "Dobrynin")), false, Duration.ofMillis(12));
        console.statementProperty().set("MATCH (a)-[:SPOKE_WITH]->(b) RETURN a.name AS a, b.name AS b");

        console.run();

        assertThat(store.asked).isEqualTo("MATCH (a)-[:SPOKE_WITH]->(b) RETURN a.name AS a, b.name AS b");
        assertThat(store.rowLimit).isEqualTo(QueryConsoleViewModel.ROW_LIMIT);
        assertThat(console.getColumns()).containsExactly("a", "b");
        assertThat(console.getRows()).containsExactly(List.of("Nixon", "Dobrynin"));
        assertThat(console.messageProperty().get()).isEqualTo("1 row in 12 ms.");
        assertThat(console.busyProperty().get()).isFalse();
    }

    @Test
    void aTruncatedAnswerSaysThereAreMore() {
        store.answer = new QueryAnswer(List.of("i"), List.of(List.of("1"), List.of("2")), true, Duration.ofMillis(3));

        console.run();

        assertThat(console.messageProperty().get()).isEqualTo("2 rows (the first 1000; there are more) in 3 ms.");
    }

    @Test
    void aRefusedStatementShowsTheStoresReasonAndKeepsThePreviousRows() {
        store.answer = new QueryAnswer(List.of("i"), List.of(List.of("1")), false, Duration.ZERO);
        console.run();
        store.refusal = new QueryRefusedException("This console only reads, and Neo4j says this statement would write data. Nothing was run.");

        console.run();

        assertThat(console.messageProperty().get()).endsWith("Nothing was run.");
        assertThat(console.getRows()).containsExactly(List.of("1"));
        assertThat(health.lostProperty().get()).isFalse();
    }

    @Test
    void aLostStoreIsReportedAndTheQueryRunsWhenItIsBack() {
        store.refusal = new StoreUnreachableException("Cannot reach Neo4j at bolt://db.example:7687", null);
        store.answer = new QueryAnswer(List.of("one"), List.of(List.of("1")), false, Duration.ZERO);

        console.run();
        assertThat(console.messageProperty().get()).isEqualTo("The store does not answer; the query runs when it is back.");
        assertThat(health.lostProperty().get()).isTrue();

        store.refusal = null;
        tasks.runScheduled();

        assertThat(console.getRows()).containsExactly(List.of("1"));
    }

    @Test
    void withoutAStoreNothingRuns() {
        opened = null;

        console.run();

        assertThat(console.messageProperty().get()).isEqualTo("No store is open yet.");
        assertThat(store.asked).isNull();
    }

    private static final class ConsoleStore extends UnsupportedGraphStore {
        QueryAnswer answer;
        RuntimeException refusal;
        String asked;
        int rowLimit;

        @Override
        public void ping() {
            if (refusal instanceof StoreUnreachableException) {
                throw refusal;
            }
        }

        @Override
        public QueryAnswer readOnlyQuery(String cypher, int limit) {
            asked = cypher;
            rowLimit = limit;
            if (refusal != null) {
                throw refusal;
            }
            return answer;
        }
    }
}
