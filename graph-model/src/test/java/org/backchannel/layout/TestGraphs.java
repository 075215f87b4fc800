package org.backchannel.layout;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/** Small graphs the layout tests share. */
final class TestGraphs {

    private TestGraphs() {
    }

    /** Unweighted graph from {from, to} pairs. */
    static LayoutGraph of(int nodeCount, int[]... edges) {
        int[] source = new int[edges.length];
        int[] target = new int[edges.length];
        double[] weight = new double[edges.length];
        for (int e = 0; e < edges.length; e++) {
            source[e] = edges[e][0];
            target[e] = edges[e][1];
            weight[e] = 1;
        }
        return new LayoutGraph(nodeCount, source, target, weight);
    }

    static LayoutGraph ring(int nodeCount) {
        int[][] edges = new int[nodeCount][];
        for (int i = 0; i < nodeCount; i++) {
            edges[i] = new int[] {i, (i + 1) % nodeCount};
        }
        return of(nodeCount, edges);
    }

    /** Two triangles 0-1-2 and 3-4-5 joined by the edge 2-3. */
    static LayoutGraph twoTriangles() {
        return of(6, new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 0},
                new int[] {3, 4}, new int[] {4, 5}, new int[] {5, 3}, new int[] {2, 3});
    }

    /** Uniform random simple graph: {@code edgeCount} distinct edges without self-loops. */
    static LayoutGraph random(int nodeCount, int edgeCount, long seed) {
        Random random = new Random(seed);
        Set<Long> seen = new HashSet<>();
        int[][] edges = new int[edgeCount][];
        int e = 0;
        while (e < edgeCount) {
            int a = random.nextInt(nodeCount);
            int b = random.nextInt(nodeCount);
            if (a != b && seen.add((long) Math.min(a, b) * nodeCount + Math.max(a, b))) {
                edges[e++] = new int[] {a, b};
            }
        }
        return of(nodeCount, edges);
    }

    static double distance(LayoutState state, int a, int b) {
        return Math.hypot(state.x(a) - state.x(b), state.y(a) - state.y(b));
    }
}
