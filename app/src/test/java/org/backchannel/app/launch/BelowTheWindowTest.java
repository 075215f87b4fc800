package org.backchannel.app.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BelowTheWindowTest {

    @Test
    void theWorkAndEveryThreadItStartsRunAtTheLowestPriorityEvenWhenAskedForMore() throws Exception {
        AtomicInteger started = new AtomicInteger();
        int[] priorities = BelowTheWindow.call(() -> {
            Thread child = new Thread(() -> started.set(Thread.currentThread().getPriority()));
            // As Netty's and Neo4j's thread factories do: a priority asked for explicitly is capped by the group.
            child.setPriority(Thread.NORM_PRIORITY);
            child.start();
            try {
                child.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return new int[] {Thread.currentThread().getPriority(), child.getPriority()};
        });

        assertThat(priorities).containsExactly(Thread.MIN_PRIORITY, Thread.MIN_PRIORITY);
        assertThat(started.get()).isEqualTo(Thread.MIN_PRIORITY);
        assertThat(Thread.currentThread().getPriority()).as("the caller's own priority").isEqualTo(Thread.NORM_PRIORITY);
    }

    @Test
    void whatTheWorkThrowsReachesTheCaller() {
        IllegalStateException failure = new IllegalStateException("the store is in use by another process");

        assertThatThrownBy(() -> BelowTheWindow.call(() -> {
            throw failure;
        })).isSameAs(failure);
    }

    @Test
    void anInterruptWaitsForTheStartAndIsKeptForTheCaller() throws Exception {
        Thread.currentThread().interrupt();
        try {
            String result = BelowTheWindow.call(() -> {
                sleep(200);
                return "started";
            });

            assertThat(result).as("a half-started store is not abandoned").isEqualTo("started");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
