package org.backchannel.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UnlinkedAsideTest {

    private static final double SPACING = 60;

    /** Nodes 0–3 form a square of links; 4–9 have none. */
    private static LayoutGraph squareAndSixLoners() {
        return new LayoutGraph(10, new int[] {0, 1, 2, 3}, new int[] {1, 2, 3, 0}, new double[] {1, 1, 1, 1});
    }

    private static Layout aside() {
        return new UnlinkedAside(new ForceAtlas2Layout(DrawingLayout.forceAtlas2(DrawingLayout.SEED)), SPACING);
    }

    private static LayoutState start() {
        return DrawingLayout.startDisc(10, DrawingLayout.SEED);
    }

    @Test
    void theLinkedNodesAreLaidOutAsIfTheLonersWereNotThere() {
        LayoutState withLoners = start();
        Layout aside = aside();
        aside.init(squareAndSixLoners(), withLoners);
        aside.run(200);

        LayoutState alone = new LayoutState(4);
        for (int i = 0; i < 4; i++) {
            alone.set(i, start().x(i), start().y(i));
        }
        Layout plain = new ForceAtlas2Layout(DrawingLayout.forceAtlas2(DrawingLayout.SEED));
        plain.init(new LayoutGraph(4, new int[] {0, 1, 2, 3}, new int[] {1, 2, 3, 0}, new double[] {1, 1, 1, 1}), alone);
        plain.run(200);

        for (int i = 0; i < 4; i++) {
            assertThat(withLoners.x(i)).isEqualTo(alone.x(i));
            assertThat(withLoners.y(i)).isEqualTo(alone.y(i));
        }
    }

    @Test
    void lonersSitInRowsUnderTheDrawingInIndexOrder() {
        LayoutState state = start();
        Layout aside = aside();
        aside.init(squareAndSixLoners(), state);
        aside.run(100);

        double lowest = Math.max(Math.max(state.y(0), state.y(1)), Math.max(state.y(2), state.y(3)));
        double left = Math.min(Math.min(state.x(0), state.x(1)), Math.min(state.x(2), state.x(3)));
        assertThat(state.y(4)).isCloseTo(lowest + 2 * SPACING, within(1e-9));
        assertThat(state.x(4)).isCloseTo(left, within(1e-9));
        for (int i = 5; i < 10; i++) {
            double dx = state.x(i) - state.x(i - 1);
            double dy = state.y(i) - state.y(i - 1);
            assertThat(dy > 0 || (dy == 0 && Math.abs(dx - SPACING) < 1e-9)).as("loner %d follows %d", i, i - 1).isTrue();
            assertThat(state.y(i)).isGreaterThan(lowest);
        }
    }

    @Test
    void aPinnedLonerStaysWhereItWasPutAndADraggedLinkedNodeStaysWhereItWasDropped() {
        LayoutState state = start();
        state.set(7, 5_000, -5_000);
        state.pin(7, true);
        Layout aside = aside();
        aside.init(squareAndSixLoners(), state);
        aside.run(20);

        state.set(2, 1_234, 567);
        state.pin(2, true);
        aside.run(50);

        assertThat(state.x(7)).isEqualTo(5_000);
        assertThat(state.y(7)).isEqualTo(-5_000);
        assertThat(state.x(2)).isEqualTo(1_234);
        assertThat(state.y(2)).isEqualTo(567);
    }

    @Test
    void aGraphWithoutLinksIsAllRows() {
        LayoutState state = DrawingLayout.startDisc(4, DrawingLayout.SEED);
        Layout aside = aside();
        aside.init(new LayoutGraph(4, new int[0], new int[0], new double[0]), state);
        aside.run(10);

        assertThat(state.xs()).containsExactly(0, SPACING, 0, SPACING);
        assertThat(state.ys()).containsExactly(0, 0, SPACING, SPACING);
    }
}
