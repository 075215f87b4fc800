package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NodeScaleTest {

    @Test
    void theLeastValueGetsTheSmallestRadiusAndTheGreatestTheLargest() {
        NodeScale scale = NodeScale.of(new double[] {3, 1, 9});

        assertThat(scale.radius(1)).isEqualTo(NodeScale.SMALL);
        assertThat(scale.radius(9)).isEqualTo(NodeScale.LARGE);
        assertThat(scale.radius(3)).isStrictlyBetween(NodeScale.SMALL, NodeScale.LARGE);
        assertThat(scale.lowest()).isEqualTo(1);
        assertThat(scale.highest()).isEqualTo(9);
    }

    @Test
    void theAreaGrowsWithTheValueSoAHubIsBoundedHoweverLarge() {
        NodeScale scale = NodeScale.of(new double[] {0, 1, 10_000});

        // Half-way in value is half-way in the area added above the smallest node, not in the radius.
        double half = scale.radius(5_000);
        assertThat(half).isCloseTo(NodeScale.SMALL + (NodeScale.LARGE - NodeScale.SMALL) * Math.sqrt(0.5), within(1e-9));
        assertThat(scale.radius(10_000)).isEqualTo(NodeScale.LARGE);
        // Values beyond the scale's (a node measured after the scale was made) stay within the bounds.
        assertThat(scale.radius(1e9)).isEqualTo(NodeScale.LARGE);
        assertThat(scale.radius(-5)).isEqualTo(NodeScale.SMALL);
    }

    @Test
    void equalValuesGetEqualRadii() {
        NodeScale scale = NodeScale.of(new double[] {2, 5, 5, 7});

        assertThat(scale.radius(5)).isEqualTo(scale.radius(5.0)).isLessThan(scale.radius(7)).isGreaterThan(scale.radius(2));
    }

    @Test
    void whenEveryValueIsTheSameEveryNodeIsTheUniformSize() {
        NodeScale scale = NodeScale.of(new double[] {0.25, 0.25, 0.25});

        assertThat(scale.spread()).isFalse();
        assertThat(scale.isEmpty()).isFalse();
        assertThat(scale.radius(0.25)).isEqualTo(NodeScale.UNIFORM);
    }

    @Test
    void anEmptySceneOrOneNotMeasuredYetHasNoScale() {
        NodeScale empty = NodeScale.of(new double[0]);
        NodeScale unmeasured = NodeScale.of(new double[] {Double.NaN, Double.NaN});

        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.lowest()).isNaN();
        assertThat(empty.radius(3)).isEqualTo(NodeScale.UNIFORM);
        assertThat(unmeasured.isEmpty()).isTrue();
        assertThat(unmeasured.radius(Double.NaN)).isEqualTo(NodeScale.UNIFORM);
    }

    @Test
    void aNodeNotMeasuredYetAmongMeasuredOnesIsDrawnAsTheLeast() {
        NodeScale scale = NodeScale.of(new double[] {Double.NaN, 0.1, 0.4});

        assertThat(scale.lowest()).isEqualTo(0.1);
        assertThat(scale.radius(Double.NaN)).isEqualTo(NodeScale.SMALL);
    }
}
