package org.backchannel.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LayoutGraphTest {

    @Test
    void countsDegreesAndKeepsEdges() {
        LayoutGraph graph = new LayoutGraph(4, new int[] {0, 0, 1}, new int[] {1, 2, 2}, new double[] {1, 2.5, 1});

        assertThat(graph.nodeCount()).isEqualTo(4);
        assertThat(graph.edgeCount()).isEqualTo(3);
        assertThat(graph.source(1)).isEqualTo(0);
        assertThat(graph.target(1)).isEqualTo(2);
        assertThat(graph.weight(1)).isEqualTo(2.5);
        assertThat(graph.degree(0)).isEqualTo(2);
        assertThat(graph.degree(2)).isEqualTo(2);
        assertThat(graph.degree(3)).isZero();
    }

    @Test
    void aSelfLoopAddsTwoToItsNodesDegree() {
        LayoutGraph graph = new LayoutGraph(1, new int[] {0}, new int[] {0}, new double[] {1});

        assertThat(graph.degree(0)).isEqualTo(2);
    }

    @Test
    void copiesItsArraysSoLaterChangesDoNotLeakIn() {
        int[] source = {0};
        LayoutGraph graph = new LayoutGraph(2, source, new int[] {1}, new double[] {1});
        source[0] = 1;

        assertThat(graph.source(0)).isZero();
    }

    @Test
    void rejectsArraysOfDifferentLengths() {
        assertThatThrownBy(() -> new LayoutGraph(2, new int[] {0}, new int[] {1, 0}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length");
    }

    @Test
    void rejectsIndicesOutsideTheGraph() {
        assertThatThrownBy(() -> new LayoutGraph(2, new int[] {0}, new int[] {2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target 2");
        assertThatThrownBy(() -> new LayoutGraph(2, new int[] {-1}, new int[] {1}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source -1");
    }

    @Test
    void rejectsWeightsThatAreNotFiniteAndPositive() {
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> new LayoutGraph(2, new int[] {0}, new int[] {1}, new double[] {bad}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight");
        }
    }

    @Test
    void rejectsANegativeNodeCount() {
        assertThatThrownBy(() -> new LayoutGraph(-1, new int[0], new int[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
