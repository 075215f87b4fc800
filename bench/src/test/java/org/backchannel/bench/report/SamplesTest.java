package org.backchannel.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void medianOfOddAndEvenCountsAndMinimum() {
        assertThat(new Samples(new double[] {5, 1, 3}).median()).isEqualTo(3);
        assertThat(new Samples(new double[] {4, 1, 3, 2}).median()).isEqualTo(2.5);
        assertThat(new Samples(new double[] {4, 1, 3, 2}).min()).isEqualTo(1);
    }

    @Test
    void warmUpsAreRunButNotCounted() throws Exception {
        int[] calls = new int[1];

        Samples samples = Samples.of(2, 3, () -> calls[0]++);

        assertThat(calls[0]).isEqualTo(5);
        assertThat(samples.count()).isEqualTo(3);
    }
}
