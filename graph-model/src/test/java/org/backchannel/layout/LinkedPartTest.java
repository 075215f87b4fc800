package org.backchannel.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkedPartTest {

    @Test
    void keepsLinkedNodesInOrderAndDropsUnlinkedOnesAndSelfLoops() {
        LayoutGraph graph = TestGraphs.of(5, new int[] {3, 1}, new int[] {1, 0}, new int[] {4, 4});
        LayoutState state = new LayoutState(5);
        for (int i = 0; i < 5; i++) {
            state.set(i, i, 10 * i);
        }

        LinkedPart part = LinkedPart.of(graph, state);

        assertThat(part.graph().nodeCount()).isEqualTo(3);
        assertThat(part.graph().edgeCount()).isEqualTo(2);
        // Nodes 0, 1 and 3 become 0, 1 and 2.
        assertThat(part.graph().source(0)).isEqualTo(2);
        assertThat(part.graph().target(0)).isEqualTo(1);
        assertThat(part.state().xs()).containsExactly(0, 1, 3);
        assertThat(part.state().ys()).containsExactly(0, 10, 30);
    }

    @Test
    void aRingOfUnlinkedNodesLowersTheEdgeLengthOfTheWholeButNotOfTheLinkedPart() {
        LayoutGraph graph = TestGraphs.of(6, new int[] {0, 1}, new int[] {1, 2});
        LayoutState near = new LayoutState(6);
        LayoutState far = new LayoutState(6);
        for (int i = 0; i < 3; i++) {
            near.set(i, i, 0);
            far.set(i, i, 0);
        }
        for (int i = 3; i < 6; i++) {
            near.set(i, 5, i);
            far.set(i, 500, i);
        }

        assertThat(LayoutMetrics.normalizedEdgeLength(graph, far)).isLessThan(LayoutMetrics.normalizedEdgeLength(graph, near) / 10);
        LinkedPart nearPart = LinkedPart.of(graph, near);
        LinkedPart farPart = LinkedPart.of(graph, far);
        assertThat(LayoutMetrics.normalizedEdgeLength(farPart.graph(), farPart.state()))
                .isEqualTo(LayoutMetrics.normalizedEdgeLength(nearPart.graph(), nearPart.state()));
    }
}
