package org.backchannel.exploration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SceneCapTest {

    /** The heap that holds {@code nodes} by the rule: four times what they take. */
    private static long heapFor(long nodes) {
        return 4 * nodes * SceneCap.BYTES_PER_NODE;
    }

    @Test
    void aHeapThatHoldsTheLargeSceneFourTimesOverGetsIt() {
        assertThat(SceneCap.forMaxHeap(heapFor(SceneCap.LARGE))).isEqualTo(SceneCap.LARGE);
        assertThat(SceneCap.forMaxHeap(64L << 30)).isEqualTo(SceneCap.LARGE);
    }

    @Test
    void aSmallerHeapGetsWhatItHoldsRoundedDownToTheSmallCap() {
        int between = SceneCap.SMALL * 3 + SceneCap.SMALL / 2;

        assertThat(SceneCap.forMaxHeap(heapFor(between))).isEqualTo(SceneCap.SMALL * 3);
        assertThat(SceneCap.forMaxHeap(heapFor(SceneCap.LARGE) - 1)).isEqualTo(SceneCap.LARGE - SceneCap.SMALL);
    }

    @Test
    void noHeapGetsLessThanTheSmallCap() {
        assertThat(SceneCap.forMaxHeap(heapFor(SceneCap.SMALL / 2))).isEqualTo(SceneCap.SMALL);
        assertThat(SceneCap.forMaxHeap(0)).isEqualTo(SceneCap.SMALL);
    }

    @Test
    void aOneGigabyteHeapTheDefaultOnAFourGigabyteMachineHoldsTheLargeScene() {
        assertThat(SceneCap.forMaxHeap(1L << 30)).isEqualTo(SceneCap.LARGE);
    }
}
