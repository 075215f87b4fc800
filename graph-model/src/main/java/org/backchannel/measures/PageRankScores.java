package org.backchannel.measures;

import java.util.Arrays;

/**
 * PageRank over an undirected simple graph (each link counts both ways), damping 0.85, until the
 * scores move less than {@code 1e-9} in all or after 100 rounds; a node with no link spreads its
 * share over every node. The scores sum to 1. Ours rather than JGraphT's: see
 * docs/decisions/0008-own-graph-measures.md.
 */
final class PageRankScores {

    static final double DAMPING = 0.85;
    private static final int MAX_ROUNDS = 100;
    private static final double TOLERANCE = 1e-9;

    private PageRankScores() {
    }

    static double[] of(Adjacency graph) {
        int n = graph.nodeCount();
        double[] rank = new double[n];
        if (n == 0) {
            return rank;
        }
        Arrays.fill(rank, 1.0 / n);
        double[] next = new double[n];
        for (int round = 0; round < MAX_ROUNDS; round++) {
            double dangling = 0;
            for (int i = 0; i < n; i++) {
                if (graph.degree(i) == 0) {
                    dangling += rank[i];
                }
            }
            Arrays.fill(next, (1 - DAMPING) / n + DAMPING * dangling / n);
            for (int i = 0; i < n; i++) {
                int degree = graph.degree(i);
                if (degree > 0) {
                    double share = DAMPING * rank[i] / degree;
                    for (int k = graph.start()[i]; k < graph.start()[i + 1]; k++) {
                        next[graph.neighbours()[k]] += share;
                    }
                }
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                change += Math.abs(next[i] - rank[i]);
            }
            double[] swap = rank;
            rank = next;
            next = swap;
            if (change < TOLERANCE) {
                break;
            }
        }
        return rank;
    }
}
