package org.backchannel.measures;

import java.util.SplittableRandom;

/**
 * Communities by label propagation (Raghavan, Albert and Kumara, 2007): every node starts in its own
 * community and, in a seeded random order each round, joins the one most of its neighbours are in
 * (the smallest label on a tie), until a round changes nothing or after 100 rounds. Ours rather than
 * JGraphT's, which took seconds on the 10,000-node scene: see docs/decisions/0008-own-graph-measures.md.
 */
final class LabelPropagation {

    private static final int MAX_ROUNDS = 100;

    private LabelPropagation() {
    }

    /** The label of each node: the index of a node of its community. */
    static int[] of(Adjacency graph, long seed) {
        int n = graph.nodeCount();
        int[] label = new int[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            label[i] = i;
            order[i] = i;
        }
        int[] count = new int[n];
        int[] seen = new int[n];
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            shuffle(order, random);
            boolean changed = false;
            for (int v : order) {
                int best = mostCommonAround(graph, v, label, count, seen);
                if (best >= 0 && best != label[v]) {
                    label[v] = best;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return label;
    }

    /** The label most of v's neighbours carry (smallest on a tie), or -1 when v has none; leaves {@code count} zeroed. */
    private static int mostCommonAround(Adjacency graph, int v, int[] label, int[] count, int[] seen) {
        int distinct = 0;
        for (int k = graph.start()[v]; k < graph.start()[v + 1]; k++) {
            int l = label[graph.neighbours()[k]];
            if (count[l]++ == 0) {
                seen[distinct++] = l;
            }
        }
        int best = -1;
        for (int i = 0; i < distinct; i++) {
            int l = seen[i];
            if (best < 0 || count[l] > count[best] || (count[l] == count[best] && l < best)) {
                best = l;
            }
        }
        for (int i = 0; i < distinct; i++) {
            count[seen[i]] = 0;
        }
        return best;
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
