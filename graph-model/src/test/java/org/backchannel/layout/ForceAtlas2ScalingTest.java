package org.backchannel.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The scaling ratio only magnifies the layout, and the step cap follows the layout's own scale. */
class ForceAtlas2ScalingTest {

    private static LayoutState run(LayoutGraph graph, ForceAtlas2Options options, LayoutState state, int steps) {
        ForceAtlas2Layout layout = new ForceAtlas2Layout(options.withThreads(1));
        layout.init(graph, state);
        layout.run(steps);
        return state;
    }

    @Test
    void aLargeScalingLaysOutTheSamePictureMagnified() {
        LayoutGraph graph = TestGraphs.random(150, 300, 11);
        double unit = Math.sqrt(500 / 2.0);
        for (boolean barnesHut : new boolean[] {true, false}) {
            ForceAtlas2Options paper = ForceAtlas2Options.defaults().withBarnesHut(barnesHut).withSeed(3);
            // Rounding differs between the two and grows step by step, as in any chaotic system; 30 steps keep it tiny.
            LayoutState small = run(graph, paper, LayoutState.seeded(150, 4, 100), 30);
            LayoutState large = run(graph, paper.withScalingRatio(500), LayoutState.seeded(150, 4, 100 * unit), 30);

            double tolerance = 1e-6 * LayoutMetrics.extent(large);
            for (int i = 0; i < 150; i++) {
                assertThat(large.x(i)).isCloseTo(unit * small.x(i), within(tolerance));
                assertThat(large.y(i)).isCloseTo(unit * small.y(i), within(tolerance));
            }
        }
    }

    @Test
    void theAppsStartDiscIsThePaperScalingsMagnified() {
        LayoutState app = DrawingLayout.startDisc(400, 9);
        LayoutState paper = DrawingLayout.startDisc(400, 9, 2);
        double unit = Math.sqrt(DrawingLayout.SCALING / 2);

        assertThat(LayoutMetrics.extent(paper)).isCloseTo(2 * 20 * Math.sqrt(400), within(20.0));
        for (int i = 0; i < 400; i++) {
            assertThat(app.x(i)).isCloseTo(unit * paper.x(i), within(1e-9));
            assertThat(app.y(i)).isCloseTo(unit * paper.y(i), within(1e-9));
        }
    }

    @Test
    void aStartFarLargerThanTheLayoutDrawsInWithinAFewHundredSteps() {
        // It settles about 500 wide. At ten world units a step, as the cap once was, no node could have moved more
        // than 3,000 in 300 steps, leaving the extent near its start of 200,000.
        LayoutGraph ring = TestGraphs.ring(100);
        LayoutState state = run(ring, ForceAtlas2Options.defaults(), LayoutState.seeded(100, 8, 100_000), 300);

        assertThat(LayoutMetrics.extent(state)).isLessThan(40_000);
    }

    @Test
    void nodesUnfoldingFromOnePointAreNotFlungAway() {
        LayoutGraph graph = TestGraphs.random(200, 600, 12);
        LayoutState state = run(graph, ForceAtlas2Options.defaults().withSeed(2), new LayoutState(200), 500);

        assertThat(LayoutMetrics.spread(state)).isLessThan(2);
    }
}
