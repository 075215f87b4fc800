package org.backchannel.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StepCapTest {

    /** Nodes 0..n-1 on the x axis at 0, 1, 3, 6, …, so that edge i–(i+1) is i + 1 long. */
    private static LayoutState staircase(int n) {
        LayoutState state = new LayoutState(n);
        double x = 0;
        for (int i = 0; i < n; i++) {
            state.set(i, x, 0);
            x += i + 1;
        }
        return state;
    }

    private static LayoutGraph path(int n) {
        int[][] edges = new int[n - 1][];
        for (int i = 0; i < n - 1; i++) {
            edges[i] = new int[] {i, i + 1};
        }
        return TestGraphs.of(n, edges);
    }

    @Test
    void theCapIsTheMedianEdgeLength() {
        LayoutState state = staircase(102);
        // 101 edges of lengths 1..101 and a self-loop, which has no length and is left out.
        LayoutGraph graph = TestGraphs.of(102, concat(path(102), new int[] {5, 5}));

        assertThat(new StepCap(graph, 1).of(state.xs(), state.ys())).isEqualTo(51);
    }

    @Test
    void aSampleOfManyEdgesGivesNearlyTheMedian() {
        LayoutState state = staircase(10_001);

        assertThat(new StepCap(path(10_001), 1).of(state.xs(), state.ys())).isCloseTo(5_000, within(20.0));
    }

    @Test
    void theFloorHoldsForShortEdgesAndNoEdgesAndGrowsWithTheUnit() {
        LayoutState state = staircase(5);

        assertThat(new StepCap(path(5), 1).of(state.xs(), state.ys())).isEqualTo(StepCap.FLOOR);
        assertThat(new StepCap(path(5), 4).of(state.xs(), state.ys())).isEqualTo(4 * StepCap.FLOOR);
        assertThat(new StepCap(TestGraphs.of(5), 1).of(state.xs(), state.ys())).isEqualTo(StepCap.FLOOR);
    }

    private static int[][] concat(LayoutGraph graph, int[] extra) {
        int[][] edges = new int[graph.edgeCount() + 1][];
        for (int e = 0; e < graph.edgeCount(); e++) {
            edges[e] = new int[] {graph.source(e), graph.target(e)};
        }
        edges[graph.edgeCount()] = extra;
        return edges;
    }
}
