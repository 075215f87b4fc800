package org.backchannel.layout;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;

/**
 * Moves apart nodes that share a position. Forces between coincident nodes have no direction, so without this a
 * graph whose nodes all start at one point would never unfold; a seeded random offset keeps the result reproducible.
 */
final class CoincidenceNudge {

    /** Small next to the layout, so a nudge does not visibly disturb it, yet large enough for a finite repulsion. */
    private static final double FRACTION_OF_EXTENT = 1e-3;
    private static final double MIN_RADIUS = 1e-2;

    private final SplittableRandom random;

    CoincidenceNudge(long seed) {
        random = new SplittableRandom(seed);
    }

    /**
     * In each group of nodes at one position, leaves one node (a pinned one if any) and moves the other unpinned
     * ones to random points of a small disc around it. Sorting costs O(n log n), so callers run this only when a
     * repulsion pass has reported a coincidence.
     */
    void separate(double[] xs, double[] ys, boolean[] pinned) {
        int n = xs.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // The sort is stable, so nodes at one position stay in index order and the outcome depends only on the seed.
        // Adding 0.0 turns -0.0 into 0.0, which the sort would otherwise keep apart although they are one position.
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> xs[i] + 0.0).thenComparingDouble(i -> ys[i] + 0.0));
        double radius = Math.max(MIN_RADIUS, FRACTION_OF_EXTENT * LayoutMetrics.extent(xs, ys));
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && xs[order[end]] == xs[order[start]] && ys[order[end]] == ys[order[start]]) {
                end++;
            }
            if (end - start > 1) {
                spread(order, start, end, xs, ys, pinned, radius);
            }
            start = end;
        }
    }

    private void spread(Integer[] order, int start, int end, double[] xs, double[] ys, boolean[] pinned, double radius) {
        int anchor = order[start];
        for (int k = start; k < end; k++) {
            if (pinned[order[k]]) {
                anchor = order[k];
                break;
            }
        }
        double cx = xs[anchor];
        double cy = ys[anchor];
        for (int k = start; k < end; k++) {
            int node = order[k];
            if (node == anchor || pinned[node]) {
                continue;
            }
            double r = radius * Math.sqrt(random.nextDouble());
            double angle = 2 * Math.PI * random.nextDouble();
            xs[node] = cx + r * Math.cos(angle);
            ys[node] = cy + r * Math.sin(angle);
        }
    }
}
