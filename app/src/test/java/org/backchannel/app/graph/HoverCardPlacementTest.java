package org.backchannel.app.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.backchannel.app.graph.ViewFit.Footprint;
import org.backchannel.render.Viewport;
import org.junit.jupiter.api.Test;

/** The side of the pointer the hover card takes: the one that hides least of the nodes and names drawn around it. */
class HoverCardPlacementTest {

    /** World and screen coincide, so that each footprint is where the test says on the canvas. */
    private static final Viewport SCREEN = new Viewport(800, 600, 400, 300, 1);
    private static final double OFFSET = 16;
    private static final double W = 200;
    private static final double H = 80;
    private static final int BELOW_RIGHT = 0;
    private static final int BELOW_LEFT = 1;

    private static ToDoubleFunction<double[]> drawn(Footprint... prints) {
        return box -> LegendPlacement.covered(box[0], box[1], box[2], box[3], List.of(prints), SCREEN, 2);
    }

    /** A disc, and a name where the frame placed it (above its node: below was taken), as {x, y, w, h}. */
    private static ToDoubleFunction<double[]> drawn(Footprint disc, double[] name) {
        return box -> drawn(disc).applyAsDouble(box) + LegendPlacement.covered(box, List.of(name));
    }

    private static HoverCardPlacement.Place at(double x, double y, int last, ToDoubleFunction<double[]> drawn) {
        return HoverCardPlacement.place(x, y, W, H, SCREEN.width(), SCREEN.height(), OFFSET, last, drawn);
    }

    @Test
    void overEmptySpaceTheCardSitsBelowRightOfThePointer() {
        HoverCardPlacement.Place place = at(300, 300, -1, drawn());
        assertThat(place.side()).isEqualTo(BELOW_RIGHT);
        assertThat(place.left()).isEqualTo(300 + OFFSET);
        assertThat(place.top()).isEqualTo(300 + OFFSET);
    }

    @Test
    void aNeighboursNameBelowRightSendsTheCardWhereItHidesNothing() {
        // A node just below right of the pointer, its name over it, as Dobrynin's beside Kissinger's.
        ToDoubleFunction<double[]> neighbour = drawn(new Footprint(360, 360, 8, 0, 0), new double[] {300, 334, 120, 16});
        assertThat(neighbour.applyAsDouble(new double[] {316, 316, 316 + W, 316 + H})).as("the usual side would hide it").isPositive();

        HoverCardPlacement.Place place = at(300, 300, -1, neighbour);

        assertThat(place.side()).isNotEqualTo(BELOW_RIGHT);
        assertThat(neighbour.applyAsDouble(new double[] {place.left(), place.top(), place.left() + W, place.top() + H})).isZero();
    }

    @Test
    void theCardStaysInsideTheCanvasAndKeepsItsSideOverEmptySpace() {
        HoverCardPlacement.Place nearTheRightEdge = at(SCREEN.width() - 50, 300, -1, drawn());
        assertThat(nearTheRightEdge.side()).isEqualTo(BELOW_LEFT);
        assertThat(nearTheRightEdge.left() + W).isLessThanOrEqualTo(SCREEN.width());

        assertThat(at(300, 300, BELOW_LEFT, drawn()).side()).as("no side is better: it does not hop").isEqualTo(BELOW_LEFT);
    }
}
