package org.backchannel.layout;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Splits the places {@code 0..n-1} into chunks and lets the calling thread and up to {@code threads - 1} helpers of
 * the common fork-join pool take chunks until none is left.
 *
 * <p>A chunk's result never depends on which thread runs it or on how the places were cut, as long as every place is
 * computed on its own (as {@link Repulsion#accumulate} does), so a layout stays identical for any thread count.
 * Chunks are several per thread because Barnes–Hut work per node varies; whoever is free takes the next one. The
 * caller never waits for a helper that has not started: it runs every chunk itself if the pool is busy elsewhere.
 */
final class ParallelRanges {

    /** Below this many places a second thread costs more in hand-over than it saves. */
    static final int MIN_PARALLEL = 2_048;
    private static final int CHUNKS_PER_THREAD = 8;

    /** The work on places {@code from..to-1}; returns a flag that is OR-ed over all chunks. */
    @FunctionalInterface
    interface RangeTask {
        boolean run(int from, int to);
    }

    private final int threads;

    ParallelRanges(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
    }

    int threads() {
        return threads;
    }

    /** Runs {@code task} over {@code 0..n-1}; returns whether any chunk returned true. */
    boolean run(int n, RangeTask task) {
        if (threads == 1 || n < MIN_PARALLEL) {
            return task.run(0, n);
        }
        int chunks = threads * CHUNKS_PER_THREAD;
        int size = (n + chunks - 1) / chunks;
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean flag = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(chunks);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                try {
                    int from = Math.min(n, c * size);
                    if (task.run(from, Math.min(n, from + size))) {
                        flag.set(true);
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }
        };
        for (int h = 1; h < threads; h++) {
            ForkJoinPool.commonPool().execute(worker);
        }
        worker.run();
        awaitUninterruptibly(done);
        // A helper's exception would otherwise vanish into the pool; the caller reports it as its own.
        if (failure.get() != null) {
            throw failure.get();
        }
        return flag.get();
    }

    /**
     * Helpers may still be writing the arrays of this step, so even an interrupted caller (a layout being stopped)
     * waits for them; it keeps the interrupt for its own loop to see.
     */
    private static void awaitUninterruptibly(CountDownLatch done) {
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
