package org.backchannel.measures;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Betweenness by Brandes' algorithm over an undirected simple graph in adjacency arrays, from every
 * node when the graph has at most {@code pivots} nodes and otherwise from {@code pivots} seeded
 * random ones, scaled up by {@code n / pivots} (Brandes and Pich, "Centrality estimation in large
 * networks", 2007). Exact betweenness is O(nodes × links): JGraphT's took minutes on the 10,000-node
 * scene (docs/decisions/0008-own-graph-measures.md). Normalised to 0–1 by
 * {@code (n-1)(n-2)}, the number of ordered pairs of other nodes.
 */
final class SampledBetweenness {

    private SampledBetweenness() {
    }

    /**
     * @param pivots the most sources to search from
     * @param seed   picks the sources, so the same graph gives the same scores
     */
    static double[] of(Adjacency graph, int pivots, long seed) {
        int[] start = graph.start();
        int[] neighbours = graph.neighbours();
        int n = graph.nodeCount();
        double[] score = new double[n];
        if (n < 3) {
            return score;
        }
        int[] sources = sources(n, pivots, seed);
        int[] distance = new int[n];
        double[] paths = new double[n];
        double[] dependency = new double[n];
        int[] order = new int[n];
        for (int s : sources) {
            Arrays.fill(distance, -1);
            Arrays.fill(paths, 0);
            Arrays.fill(dependency, 0);
            distance[s] = 0;
            paths[s] = 1;
            order[0] = s;
            int head = 0;
            int tail = 1;
            while (head < tail) {
                int v = order[head++];
                for (int k = start[v]; k < start[v + 1]; k++) {
                    int w = neighbours[k];
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        order[tail++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                    }
                }
            }
            // Reverse breadth-first order: every node after all nodes farther from the source.
            for (int i = tail - 1; i > 0; i--) {
                int v = order[i];
                for (int k = start[v]; k < start[v + 1]; k++) {
                    int w = neighbours[k];
                    if (distance[w] == distance[v] + 1) {
                        dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                    }
                }
                score[v] += dependency[v];
            }
        }
        double scale = (double) n / sources.length / ((double) (n - 1) * (n - 2));
        for (int i = 0; i < n; i++) {
            score[i] *= scale;
        }
        return score;
    }

    /** All nodes, or a seeded sample of them (a partial Fisher–Yates shuffle). */
    private static int[] sources(int n, int pivots, long seed) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        if (n <= pivots) {
            return all;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < pivots; i++) {
            int j = i + random.nextInt(n - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        return Arrays.copyOf(all, pivots);
    }
}
