package org.backchannel.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimelineLayoutTest {

    private static final double NONE = Double.NaN;

    private static LayoutState laidOut(LayoutGraph graph, double[] year, LayoutState state) {
        TimelineLayout layout = new TimelineLayout(year);
        layout.init(graph, state);
        layout.run(10);
        return state;
    }

    @Test
    void earlierYearsEndLeftOfLaterOnes() {
        double[] year = {1990, 1962, 1975.5};
        LayoutState state = laidOut(TestGraphs.of(3), year, new LayoutState(3));

        assertThat(state.x(1)).isLessThan(state.x(2));
        assertThat(state.x(2)).isLessThan(state.x(0));
    }

    @Test
    void nodesOfTheSameYearDoNotOverlap() {
        double[] year = {1962, 1962, 1962, 1963};
        LayoutState state = laidOut(TestGraphs.of(4), year, new LayoutState(4));
        double spacing = TimelineOptions.defaults().laneSpacing();

        for (int a = 0; a < 3; a++) {
            for (int b = a + 1; b < 3; b++) {
                assertThat(TestGraphs.distance(state, a, b)).isGreaterThanOrEqualTo(spacing);
            }
        }
        // The lower index takes the upper lane, so the order is reproducible.
        assertThat(state.y(0)).isLessThan(state.y(1));
    }

    @Test
    void anUndatedNodeLandsNearItsDatedNeighboursInABandBelow() {
        double[] year = {1950, 1960, 1990, 2000, NONE, NONE};
        LayoutGraph graph = TestGraphs.of(6, new int[] {4, 0}, new int[] {1, 4}, new int[] {5, 3});
        LayoutState state = laidOut(graph, year, new LayoutState(6));

        assertThat(Math.abs(state.x(4) - state.x(0))).isLessThan(Math.abs(state.x(4) - state.x(2)));
        assertThat(state.x(4)).isBetween(state.x(0), state.x(1));
        assertThat(state.x(5)).isGreaterThan(state.x(2));
        for (int dated = 0; dated < 4; dated++) {
            assertThat(state.y(4)).isGreaterThan(state.y(dated));
        }
    }

    @Test
    void anUndatedNodeWithoutDatedNeighboursGoesLeftOfTheEarliestYear() {
        double[] year = {1950, 1960, NONE};
        LayoutState state = laidOut(TestGraphs.of(3, new int[] {0, 1}), year, new LayoutState(3));

        assertThat(state.x(2)).isLessThan(state.x(0));
        assertThat(state.y(2)).isGreaterThan(state.y(0));
    }

    @Test
    void pinnedNodesStayAndTheLayoutConvergesInOneStep() {
        double[] year = {1950, 1960, NONE};
        LayoutState state = new LayoutState(3);
        state.set(1, -500, 700);
        state.pin(1, true);
        TimelineLayout layout = new TimelineLayout(year);
        layout.init(TestGraphs.of(3, new int[] {1, 2}), state);

        assertThat(layout.converged()).isFalse();
        layout.step();

        assertThat(layout.converged()).isTrue();
        assertThat(state.x(1)).isEqualTo(-500);
        assertThat(state.y(1)).isEqualTo(700);
        assertThat(state.x(2)).isEqualTo(-500);
    }
}
