package org.backchannel.app.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backchannel.app.graph.ViewFit.Corner;
import org.backchannel.app.graph.ViewFit.Footprint;
import org.backchannel.render.Viewport;
import org.junit.jupiter.api.Test;

/** The corner the legend takes after a view that was not fitted: one where it hides no node and no name. */
class LegendPlacementTest {

    /** World and screen coincide, so that each footprint is where the test says on the canvas. */
    private static final Viewport SCREEN = new Viewport(800, 600, 400, 300, 1);
    private static final double MIN_RADIUS = 2;
    private static final Corner TOP_RIGHT = new Corner(200, 150, true, true);

    @Test
    void aNameRunningUnderACornerFromANodeOutsideItKeepsTheLegendAway() {
        Footprint inTopRight = new Footprint(700, 60, 8, 0, 0);
        // Its centre is right of the top-left corner and below it nothing: only its name reaches in.
        Footprint nameIntoTopLeft = new Footprint(220, 100, 8, 60, 18);
        Footprint inBottomLeft = new Footprint(80, 520, 8, 0, 0);
        List<Footprint> prints = List.of(inTopRight, nameIntoTopLeft, inBottomLeft);
        Corner topLeft = TOP_RIGHT.at(false, true);
        assertThat(LegendPlacement.covered(topLeft, prints, SCREEN, MIN_RADIUS)).as("the name under the top left corner").isPositive();

        Corner chosen = LegendPlacement.emptiest(TOP_RIGHT, prints, SCREEN, MIN_RADIUS);

        assertThat(chosen).isEqualTo(TOP_RIGHT.at(true, false));
        assertThat(LegendPlacement.covered(chosen, prints, SCREEN, MIN_RADIUS)).isZero();
    }

    @Test
    void aDiscReachingIntoACornerCountsThoughItsCentreIsOutside() {
        Footprint bigNode = new Footprint(215, 75, 30, 0, 0);

        assertThat(LegendPlacement.covered(TOP_RIGHT.at(false, true), List.of(bigNode), SCREEN, MIN_RADIUS)).isPositive();
    }

    @Test
    void whereEveryCornerIsEmptyTheFirstOneTriedIsKept() {
        Corner bottomLeft = TOP_RIGHT.at(false, false);

        assertThat(LegendPlacement.emptiest(bottomLeft, List.of(new Footprint(400, 300, 10, 40, 18)), SCREEN, MIN_RADIUS))
                .isEqualTo(bottomLeft);
    }
}
