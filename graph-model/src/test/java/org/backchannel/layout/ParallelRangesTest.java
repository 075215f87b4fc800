package org.backchannel.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParallelRangesTest {

    private static final int N = 5 * ParallelRanges.MIN_PARALLEL + 17;

    @Test
    void everyPlaceIsRunExactlyOnceWhateverTheThreadCount() {
        for (int threads = 1; threads <= 4; threads++) {
            AtomicIntegerArray runs = new AtomicIntegerArray(N);
            new ParallelRanges(threads).run(N, (from, to) -> {
                for (int i = from; i < to; i++) {
                    runs.incrementAndGet(i);
                }
                return false;
            });
            for (int i = 0; i < N; i++) {
                assertThat(runs.get(i)).as("place %d with %d threads", i, threads).isEqualTo(1);
            }
        }
    }

    @Test
    void theFlagIsSetWhenAnyChunkReportsIt() {
        ParallelRanges parallel = new ParallelRanges(2);

        assertThat(parallel.run(N, (from, to) -> from <= N - 1 && N - 1 < to)).isTrue();
        assertThat(parallel.run(N, (from, to) -> false)).isFalse();
    }

    @Test
    void aHelpersFailureReachesTheCaller() {
        ParallelRanges parallel = new ParallelRanges(2);

        assertThatThrownBy(() -> parallel.run(N, (from, to) -> {
            throw new IllegalStateException("chunk " + from + " failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ParallelRanges(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
