package org.backchannel.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ForceAtlas2LayoutTest {

    private static LayoutState laidOut(LayoutGraph graph, ForceAtlas2Options options, long seed, int steps) {
        LayoutState state = LayoutState.seeded(graph.nodeCount(), seed, 100);
        ForceAtlas2Layout layout = new ForceAtlas2Layout(options);
        layout.init(graph, state);
        for (int i = 0; i < steps; i++) {
            layout.step();
        }
        return state;
    }

    private static LayoutState laidOut(LayoutGraph graph, long seed, int steps) {
        return laidOut(graph, ForceAtlas2Options.defaults(), seed, steps);
    }

    @Test
    void twoTrianglesJoinedByOneEdgeEndAsTwoClusters() {
        LayoutState state = laidOut(TestGraphs.twoTriangles(), 1, 1000);
        int[][] clusters = {{0, 1, 2}, {3, 4, 5}};
        double longestWithin = 0;
        for (int[] cluster : clusters) {
            for (int a : cluster) {
                for (int b : cluster) {
                    longestWithin = Math.max(longestWithin, TestGraphs.distance(state, a, b));
                }
            }
        }
        double shortestBetween = Double.MAX_VALUE;
        for (int a : clusters[0]) {
            for (int b : clusters[1]) {
                shortestBetween = Math.min(shortestBetween, TestGraphs.distance(state, a, b));
            }
        }
        // The bridge ends 2 and 3 may sit close, so compare the far members of each triangle.
        double farApart = TestGraphs.distance(state, 0, 4);

        assertThat(longestWithin).isLessThan(farApart);
        assertThat(shortestBetween).isGreaterThan(0);
    }

    @Test
    void theMiddleOfAPathEndsBetweenItsEnds() {
        LayoutState state = laidOut(TestGraphs.of(3, new int[] {0, 1}, new int[] {1, 2}), 2, 1000);
        double abx = state.x(2) - state.x(0);
        double aby = state.y(2) - state.y(0);
        double t = ((state.x(1) - state.x(0)) * abx + (state.y(1) - state.y(0)) * aby) / (abx * abx + aby * aby);

        assertThat(t).isBetween(0.25, 0.75);
        assertThat(TestGraphs.distance(state, 0, 2))
                .isGreaterThan(Math.max(TestGraphs.distance(state, 0, 1), TestGraphs.distance(state, 1, 2)));
    }

    @Test
    void connectedNodesEndCloserThanUnconnectedOnes() {
        int n = 60;
        LayoutGraph graph = TestGraphs.random(n, 120, 3);
        LayoutState state = laidOut(graph, 3, 1000);
        boolean[][] adjacent = new boolean[n][n];
        double connected = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            adjacent[graph.source(e)][graph.target(e)] = true;
            adjacent[graph.target(e)][graph.source(e)] = true;
            connected += TestGraphs.distance(state, graph.source(e), graph.target(e)) / graph.edgeCount();
        }
        double unconnected = 0;
        int pairs = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (!adjacent[a][b]) {
                    unconnected += TestGraphs.distance(state, a, b);
                    pairs++;
                }
            }
        }

        assertThat(connected).isLessThan(unconnected / pairs);
    }

    @Test
    void pinnedNodesDoNotMove() {
        LayoutGraph graph = TestGraphs.random(20, 40, 4);
        LayoutState state = LayoutState.seeded(20, 4, 100);
        state.pin(0, true);
        state.pin(7, true);
        double x0 = state.x(0);
        double y7 = state.y(7);
        double x1 = state.x(1);
        ForceAtlas2Layout layout = new ForceAtlas2Layout();
        layout.init(graph, state);
        layout.run(300);

        assertThat(state.x(0)).isEqualTo(x0);
        assertThat(state.y(7)).isEqualTo(y7);
        assertThat(state.x(1)).isNotEqualTo(x1);
    }

    @Test
    void theSameSeedGivesTheSamePositions() {
        LayoutGraph graph = TestGraphs.random(60, 120, 5);
        LayoutState first = laidOut(graph, 5, 200);
        LayoutState second = laidOut(graph, 5, 200);

        assertThat(first.xs()).containsExactly(second.xs());
        assertThat(first.ys()).containsExactly(second.ys());
    }

    @Test
    void aRingConvergesWithinFiveThousandSteps() {
        LayoutGraph ring = TestGraphs.ring(30);
        ForceAtlas2Layout layout = new ForceAtlas2Layout();
        layout.init(ring, LayoutState.seeded(30, 6, 100));
        layout.run(5000);

        assertThat(layout.converged()).isTrue();
        assertThat(layout.lastMovement()).isFinite();
    }

    @Test
    void nodesStartingAtOnePointUnfoldWithoutNaN() {
        LayoutGraph graph = TestGraphs.random(50, 100, 7);
        for (boolean barnesHut : new boolean[] {true, false}) {
            LayoutState state = new LayoutState(50);
            ForceAtlas2Layout layout = new ForceAtlas2Layout(ForceAtlas2Options.defaults().withBarnesHut(barnesHut));
            layout.init(graph, state);
            layout.run(500);

            for (int i = 0; i < 50; i++) {
                assertThat(state.x(i)).isFinite();
                assertThat(state.y(i)).isFinite();
            }
            assertThat(LayoutMetrics.extent(state)).isGreaterThan(1);
        }
    }

    @Test
    void nodesStackedOnAPinnedNodeMoveOffItWhileItStays() {
        LayoutState state = new LayoutState(4);
        for (int i = 0; i < 4; i++) {
            state.set(i, 5, -5);
        }
        state.pin(2, true);
        ForceAtlas2Layout layout = new ForceAtlas2Layout();
        layout.init(TestGraphs.ring(4), state);
        layout.run(200);

        assertThat(state.x(2)).isEqualTo(5);
        assertThat(state.y(2)).isEqualTo(-5);
        for (int other : new int[] {0, 1, 3}) {
            assertThat(TestGraphs.distance(state, 2, other)).isGreaterThan(1);
        }
    }

    @Test
    void barnesHutLaysOutAsWellAsExactRepulsion() {
        LayoutGraph graph = TestGraphs.random(200, 400, 8);
        double approximate = LayoutMetrics.normalizedEdgeLength(graph,
                laidOut(graph, ForceAtlas2Options.defaults(), 8, 600));
        double exact = LayoutMetrics.normalizedEdgeLength(graph,
                laidOut(graph, ForceAtlas2Options.defaults().withBarnesHut(false), 8, 600));

        assertThat(approximate).isCloseTo(exact, within(0.25 * exact));
    }

    @Test
    void layingOutShortensEdgesComparedWithTheRandomStart() {
        LayoutGraph graph = TestGraphs.random(200, 400, 9);
        double before = LayoutMetrics.normalizedEdgeLength(graph, LayoutState.seeded(200, 9, 100));
        double after = LayoutMetrics.normalizedEdgeLength(graph, laidOut(graph, 9, 600));

        assertThat(after).isLessThan(0.8 * before);
    }

    @Test
    void linLogModeAlsoSeparatesTheTriangles() {
        LayoutGraph graph = TestGraphs.twoTriangles();
        LayoutState state = laidOut(graph, ForceAtlas2Options.defaults().withLinLogMode(true), 10, 500);

        assertThat(TestGraphs.distance(state, 0, 1)).isLessThan(TestGraphs.distance(state, 0, 4));
    }

    @Test
    void strongGravityGivesAMoreCompactLayout() {
        LayoutGraph graph = TestGraphs.random(60, 120, 10);
        LayoutState regular = laidOut(graph, 10, 500);
        LayoutState strong = laidOut(graph, ForceAtlas2Options.defaults().withStrongGravity(true), 10, 500);

        assertThat(LayoutMetrics.extent(strong)).isLessThan(LayoutMetrics.extent(regular));
    }

    @Test
    void aFullyPinnedOrEmptyGraphIsConvergedAfterOneStep() {
        LayoutState state = LayoutState.seeded(3, 11, 10);
        for (int i = 0; i < 3; i++) {
            state.pin(i, true);
        }
        ForceAtlas2Layout layout = new ForceAtlas2Layout();
        layout.init(TestGraphs.ring(3), state);
        layout.step();
        ForceAtlas2Layout empty = new ForceAtlas2Layout();
        empty.init(TestGraphs.of(0), new LayoutState(0));
        empty.step();

        assertThat(layout.converged()).isTrue();
        assertThat(empty.converged()).isTrue();
    }

    @Test
    void positionsAreTheSameWhateverTheNumberOfThreads() {
        // Above ParallelRanges.MIN_PARALLEL nodes, so that two and three threads really share the repulsion.
        LayoutGraph graph = TestGraphs.random(3 * ParallelRanges.MIN_PARALLEL / 2, 9_000, 13);
        ForceAtlas2Options options = ForceAtlas2Options.defaults().withConvergenceTolerance(0);
        LayoutState oneThread = laidOut(graph, options.withThreads(1), 14, 30);

        for (int threads : new int[] {2, 3}) {
            LayoutState shared = laidOut(graph, options.withThreads(threads), 14, 30);
            assertThat(shared.xs()).as("x with %d threads", threads).containsExactly(oneThread.xs());
            assertThat(shared.ys()).as("y with %d threads", threads).containsExactly(oneThread.ys());
        }
    }

    @Test
    void rejectsAStateOfTheWrongSizeAndStepsBeforeInit() {
        ForceAtlas2Layout layout = new ForceAtlas2Layout();

        assertThatThrownBy(layout::step).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> layout.init(TestGraphs.ring(3), new LayoutState(4)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ForceAtlas2Options.defaults().withBarnesHutTheta(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ForceAtlas2Options.defaults().withThreads(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
