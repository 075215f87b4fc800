package org.backchannel.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LayoutStateTest {

    @Test
    void seededStatesAreReproducibleAndInsideTheDisc() {
        LayoutState a = LayoutState.seeded(100, 7, 50);
        LayoutState b = LayoutState.seeded(100, 7, 50);

        assertThat(a.xs()).containsExactly(b.xs());
        assertThat(a.ys()).containsExactly(b.ys());
        for (int i = 0; i < a.size(); i++) {
            assertThat(Math.hypot(a.x(i), a.y(i))).isLessThanOrEqualTo(50);
        }
    }

    @Test
    void differentSeedsGiveDifferentStarts() {
        assertThat(LayoutState.seeded(10, 1, 50).xs()).isNotEqualTo(LayoutState.seeded(10, 2, 50).xs());
    }

    @Test
    void theCoordinateArraysAreLive() {
        LayoutState state = new LayoutState(2);
        state.set(1, 3, 4);
        state.xs()[0] = 9;

        assertThat(state.xs()[1]).isEqualTo(3);
        assertThat(state.x(0)).isEqualTo(9);
    }

    @Test
    void pinningIsRememberedPerNode() {
        LayoutState state = new LayoutState(2);
        state.pin(1, true);

        assertThat(state.pinned(0)).isFalse();
        assertThat(state.pinned(1)).isTrue();
    }
}
