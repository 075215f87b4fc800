package org.backchannel.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LayoutMetricsTest {

    /** Unit square 0(0,0) 1(1,0) 2(1,1) 3(0,1) with its four sides as edges. */
    private static LayoutState unitSquare() {
        LayoutState state = new LayoutState(4);
        state.set(0, 0, 0);
        state.set(1, 1, 0);
        state.set(2, 1, 1);
        state.set(3, 0, 1);
        return state;
    }

    @Test
    void normalizedEdgeLengthOfASquareIsItsSideOverTheMeanPairDistance() {
        LayoutGraph sides = TestGraphs.of(4, new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3}, new int[] {3, 0});
        // Six pairs: four sides of length 1 and two diagonals of length √2.
        double meanPair = (4 + 2 * Math.sqrt(2)) / 6;

        assertThat(LayoutMetrics.normalizedEdgeLength(sides, unitSquare())).isCloseTo(1 / meanPair, within(1e-12));
    }

    @Test
    void normalizedEdgeLengthOfAPathOnALineIsThreeQuarters() {
        LayoutGraph path = TestGraphs.of(3, new int[] {0, 1}, new int[] {1, 2});
        LayoutState line = new LayoutState(3);
        line.set(1, 1, 0);
        line.set(2, 2, 0);
        // Edges 1 and 1; pairs 1, 1 and 2: (2 / 2) / (4 / 3).

        assertThat(LayoutMetrics.normalizedEdgeLength(path, line)).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void normalizedEdgeLengthDoesNotChangeWithScale() {
        LayoutGraph graph = TestGraphs.random(30, 40, 3);
        LayoutState small = LayoutState.seeded(30, 3, 1);
        LayoutState large = LayoutState.seeded(30, 3, 1000);

        assertThat(LayoutMetrics.normalizedEdgeLength(graph, large))
                .isCloseTo(LayoutMetrics.normalizedEdgeLength(graph, small), within(1e-9));
    }

    @Test
    void sampledMeanAgreesWithTheExactOneOnALargeGraph() {
        int n = LayoutMetrics.EXACT_PAIR_LIMIT + 1;
        LayoutGraph graph = TestGraphs.random(n, 3 * n, 4);
        LayoutState state = LayoutState.seeded(n, 4, 100);
        double pairSum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                pairSum += TestGraphs.distance(state, i, j);
            }
        }
        double exactPair = pairSum / ((double) n * (n - 1) / 2);
        double edgeMean = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            edgeMean += TestGraphs.distance(state, graph.source(e), graph.target(e)) / graph.edgeCount();
        }

        assertThat(LayoutMetrics.normalizedEdgeLength(graph, state)).isCloseTo(edgeMean / exactPair, within(0.01));
    }

    @Test
    void normalizedEdgeLengthIsNaNWithoutEdges() {
        assertThat(LayoutMetrics.normalizedEdgeLength(TestGraphs.of(4), unitSquare())).isNaN();
    }

    @Test
    void boundingBoxAndExtent() {
        LayoutState state = new LayoutState(3);
        state.set(0, -2, 1);
        state.set(1, 4, 3);
        state.set(2, 0, -1);

        assertThat(LayoutMetrics.boundingBox(state)).isEqualTo(new LayoutMetrics.Bounds(-2, -1, 4, 3));
        assertThat(LayoutMetrics.extent(state)).isEqualTo(6);
        assertThat(LayoutMetrics.extent(new LayoutState(0))).isZero();
    }
    @Test
    void spreadOfTenNodesIsTheNinthRadiusOverTheFifth() {
        // Radii 1, 1, 2, 2, …, 5, 5 in mirrored pairs, so that the centroid is the origin.
        LayoutState state = new LayoutState(10);
        for (int i = 0; i < 10; i++) {
            state.set(i, (i % 2 == 0 ? 1 : -1) * (i / 2 + 1), 0);
        }

        assertThat(LayoutMetrics.spread(state)).isCloseTo(5.0 / 3.0, within(1e-12));
    }

    @Test
    void spreadOfAUniformDiscIsAboutOnePointThreeFour() {
        // Uniform over a disc of radius R: median radius R√0.5, 90th percentile R√0.9.
        assertThat(LayoutMetrics.spread(LayoutState.seeded(20_000, 5, 300))).isCloseTo(Math.sqrt(0.9 / 0.5), within(0.02));
    }

    @Test
    void spreadSeesATenthOfTheNodesFlungAwayWhileItIgnoresScale() {
        LayoutState disc = LayoutState.seeded(1_000, 6, 1);
        LayoutState flung = LayoutState.seeded(1_000, 6, 1);
        for (int i = 0; i < 110; i++) {
            flung.set(i, 80 * flung.x(i), 80 * flung.y(i));
        }
        LayoutState larger = LayoutState.seeded(1_000, 6, 1_000);

        assertThat(LayoutMetrics.spread(flung)).isGreaterThan(10 * LayoutMetrics.spread(disc));
        assertThat(LayoutMetrics.spread(larger)).isCloseTo(LayoutMetrics.spread(disc), within(1e-9));
    }

    @Test
    void spreadIsNaNWhenEmptyOrCollapsed() {
        assertThat(LayoutMetrics.spread(new LayoutState(0))).isNaN();
        assertThat(LayoutMetrics.spread(new LayoutState(5))).isNaN();
    }
}
