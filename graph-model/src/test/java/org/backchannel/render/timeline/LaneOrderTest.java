package org.backchannel.render.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LaneOrderTest {

    private static int position(int[] order, int lane) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] == lane) {
                return i;
            }
        }
        throw new AssertionError("lane " + lane + " is missing");
    }

    @Test
    void withoutJoinsTheStartingOrderStays() {
        assertThat(LaneOrder.order(4, List.of())).containsExactly(0, 1, 2, 3);
    }

    @Test
    void lanesThatExchangeMostEndUpSideBySide() {
        // 0 and 3 exchange often, 1 and 2 once: the chronological start puts the busy pair furthest apart.
        List<double[]> joins = List.of(new double[] {0, 3, 5}, new double[] {1, 2, 1});
        int[] order = LaneOrder.order(4, joins);
        assertThat(Math.abs(position(order, 0) - position(order, 3))).isEqualTo(1);
        assertThat(Math.abs(position(order, 1) - position(order, 2))).isEqualTo(1);
        assertThat(LaneOrder.cost(4, joins, order)).isLessThan(LaneOrder.cost(4, joins, new int[] {0, 1, 2, 3}));
    }

    @Test
    void aHubSitsAmongItsPartners() {
        // Lane 4 talks to 0, 1 and 2; 3 talks to nobody.
        List<double[]> joins = List.of(new double[] {4, 0, 1}, new double[] {4, 1, 1}, new double[] {4, 2, 1});
        int[] order = LaneOrder.order(5, joins);
        int hub = position(order, 4);
        for (int partner = 0; partner < 3; partner++) {
            assertThat(Math.abs(hub - position(order, partner))).isLessThanOrEqualTo(2);
        }
        assertThat(LaneOrder.cost(5, joins, order)).isEqualTo(4);
    }

    @Test
    void theSameJoinsGiveTheSameOrderAndNeverAWorseOne() {
        for (int n : new int[] {30, LaneOrder.MAX_SIFTED_LANES + 50}) {
            Random random = new Random(42);
            List<double[]> joins = new ArrayList<>();
            for (int k = 0; k < 3 * n; k++) {
                joins.add(new double[] {random.nextInt(n), random.nextInt(n), 1 + random.nextInt(3)});
            }
            int[] start = new int[n];
            for (int i = 0; i < n; i++) {
                start[i] = i;
            }
            int[] order = LaneOrder.order(n, joins);
            assertThat(LaneOrder.order(n, joins)).containsExactly(order);
            assertThat(order).containsExactlyInAnyOrder(start);
            assertThat(LaneOrder.cost(n, joins, order)).isLessThan(LaneOrder.cost(n, joins, start));
        }
    }
}
