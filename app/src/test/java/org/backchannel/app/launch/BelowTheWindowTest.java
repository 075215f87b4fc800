package org.backchannel.app.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class BelowTheWindowTest {

    @BeforeAll
    static void theWindowIsDrawn() {
        // The tests run without the priority options, so the work waits for the window's frame: released here.
        BelowTheWindow.windowDrawn();
    }

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

    @Test
    void withoutThePriorityOptionsLinuxKeepsTheThreadAtNiceZeroSoTheWorkWaitsForTheWindow() {
        // The tests' JVM has no -XX:ThreadPriorityPolicy=1: Linux ignores Java priorities.
        assertThat(BelowTheWindow.call(BelowTheWindow::runningBelow)).isFalse();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void withTheRunCommandsOptionsTheThreadRunsAtNiceNineteen() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-XX:ThreadPriorityPolicy=1", "-XX:JavaPriority1_To_OSPriority=19",
                "-cp", System.getProperty("java.class.path"), NiceProbe.class.getName())
                .redirectErrorStream(true).start();
        String printed = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(child.waitFor()).as(printed).isZero();
        assertThat(printed).as("the probe's output").contains("below: true");
    }

    /** Prints whether work run by {@link BelowTheWindow} runs below the others, in a JVM given the options. */
    public static final class NiceProbe {
        public static void main(String[] args) {
            BelowTheWindow.windowDrawn();
            System.out.println("below: " + BelowTheWindow.call(BelowTheWindow::runningBelow));
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
