package org.backchannel.bench.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.backchannel.bench.layout.LayoutQualityBench.Comparison;
import org.junit.jupiter.api.Test;

class LayoutQualityBenchTest {

    @Test
    void aRowIsMetOnlyWhenBothEdgeLengthsAreNoWorseAndTheLinkedSpreadIsWithinTheAllowance() {
        assertThat(new Comparison(1.0, 1.0, LayoutQualityBench.SPREAD_ALLOWANCE).met()).isTrue();
        assertThat(new Comparison(0.2, 0.9, 1.1).met()).isTrue();
        assertThat(new Comparison(1.01, 0.9, 1.0).met()).isFalse();
        assertThat(new Comparison(0.2, 1.01, 1.0).met()).isFalse();
        assertThat(new Comparison(0.2, 0.9, 1.3).met()).isFalse();
        assertThat(new Comparison(Double.NaN, 0.9, 1.0).met()).isFalse();
    }
}
