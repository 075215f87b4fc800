package org.backchannel.app.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.backchannel.app.task.SameThreadTasks;
import org.backchannel.app.testing.UnsupportedGraphStore;
import org.backchannel.store.StoreUnavailableException;
import org.backchannel.store.StoreUnreachableException;
import org.junit.jupiter.api.Test;

class StoreHealthTest {

    private final SameThreadTasks tasks = new SameThreadTasks();
    private final StoreHealth health = new StoreHealth(tasks, Backoff.STANDARD);
    private final FlakyStore store = new FlakyStore();
    private final List<String> results = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    @Test
    void aHealthyStoreAnswersAndNothingIsScheduled() {
        health.watch(store);

        health.query(() -> "answer", results::add, failures::add);

        assertThat(results).containsExactly("answer");
        assertThat(health.lostProperty().get()).isFalse();
        assertThat(tasks.pendingDelays()).isEmpty();
    }

    @Test
    void whoeverSeesTheStoreLostAlsoSeesTheMessageAndTheReason() {
        health.watch(store);
        store.down = true;
        List<String> seen = new ArrayList<>();
        health.lostProperty().addListener((obs, was, lost) -> seen.add(health.messageProperty().get() + " | " + health.reasonProperty().get()));

        health.query(store::answer, results::add, failures::add);

        assertThat(seen).singleElement().asString()
                .startsWith("The store does not answer.").endsWith("| Cannot reach Neo4j at bolt://db.example:7687");
    }

    @Test
    void anUnreachableStoreIsProbedWithBackingOffDelaysAndTheFailedQueryRunsAgainWhenItIsBack() {
        health.watch(store);
        store.down = true;

        health.query(store::answer, results::add, failures::add);

        assertThat(failures).singleElement().isInstanceOf(StoreUnreachableException.class);
        assertThat(health.lostProperty().get()).isTrue();
        assertThat(health.messageProperty().get()).isEqualTo("The store does not answer. The graph on screen is kept; trying again in 1 s (attempt 1).");
        assertThat(health.reasonProperty().get()).isEqualTo("Cannot reach Neo4j at bolt://db.example:7687");
        assertThat(tasks.pendingDelays()).containsExactly(Duration.ofSeconds(1));

        tasks.runScheduled();
        tasks.runScheduled();
        assertThat(store.pings).isEqualTo(2);
        assertThat(tasks.pendingDelays()).containsExactly(Duration.ofSeconds(4));
        assertThat(health.messageProperty().get()).contains("trying again in 4 s (attempt 3)");

        store.down = false;
        tasks.runScheduled();

        assertThat(health.lostProperty().get()).isFalse();
        assertThat(health.messageProperty().get()).isEmpty();
        assertThat(health.reasonProperty().get()).isEmpty();
        assertThat(results).containsExactly("answer");
        assertThat(tasks.pendingDelays()).isEmpty();
    }

    @Test
    void tryNowProbesAtOnceAndCallsOffTheWaitingAttempt() {
        health.watch(store);
        store.down = true;
        health.query(store::answer, results::add, failures::add);
        store.down = false;

        health.retryNow();

        assertThat(health.lostProperty().get()).isFalse();
        assertThat(results).containsExactly("answer");
        assertThat(tasks.runScheduled()).isZero();
    }

    @Test
    void otherFailuresAreTheCallersAndDoNotCountAsALostStore() {
        health.watch(store);

        health.<String>query(() -> {
            throw new StoreUnavailableException("Neo4j at bolt://x refused the query: syntax error");
        }, results::add, failures::add);

        assertThat(failures).singleElement().extracting(Throwable::getMessage).asString().contains("syntax error");
        assertThat(health.lostProperty().get()).isFalse();
        assertThat(tasks.pendingDelays()).isEmpty();
    }

    @Test
    void switchingToAnotherStoreForgetsTheLostOne() {
        health.watch(store);
        store.down = true;
        health.query(store::answer, results::add, failures::add);

        health.watch(new FlakyStore());

        assertThat(health.lostProperty().get()).isFalse();
        assertThat(tasks.runScheduled()).isZero();
        assertThat(results).isEmpty();
    }

    private static final class FlakyStore extends UnsupportedGraphStore {
        boolean down;
        int pings;

        String answer() {
            if (down) {
                throw new StoreUnreachableException("Cannot reach Neo4j at bolt://db.example:7687", null);
            }
            return "answer";
        }

        @Override
        public void ping() {
            pings++;
            answer();
        }
    }
}
