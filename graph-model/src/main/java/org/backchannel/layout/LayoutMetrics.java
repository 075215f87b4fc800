package org.backchannel.layout;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Measures of a layout's geometry, for tests and for comparing layouts without looking at them. Pure functions of
 * the graph and the positions.
 */
public final class LayoutMetrics {

    /** Up to this many nodes all pairs are measured: about two million distances, a few milliseconds. */
    static final int EXACT_PAIR_LIMIT = 2_000;
    private static final int SAMPLED_PAIRS = 2_000_000;
    private static final long SAMPLE_SEED = 0x5EED_1A70_17L;

    private LayoutMetrics() {
    }

    /** The smallest axis-aligned rectangle holding every node; all zero for an empty state. */
    public record Bounds(double minX, double minY, double maxX, double maxY) {

        public double width() {
            return maxX - minX;
        }

        public double height() {
            return maxY - minY;
        }
    }

    /**
     * Noack's normalized edge length: the mean length of an edge divided by the mean distance between two nodes.
     * It does not change when a layout is scaled, so layouts of different sizes compare; lower means that edges are
     * short compared with the drawing, that is, connected nodes sit together. Self-loops are ignored.
     *
     * <p>Above {@value #EXACT_PAIR_LIMIT} nodes the mean pair distance is estimated from two million pairs drawn
     * with a fixed seed, so the result stays deterministic and its relative error is well under one percent.
     *
     * @return the ratio, or NaN when there is no edge between distinct nodes or all nodes share one position
     */
    public static double normalizedEdgeLength(LayoutGraph graph, LayoutState state) {
        if (state.size() != graph.nodeCount()) {
            throw new IllegalArgumentException("state has " + state.size() + " nodes but the graph " + graph.nodeCount());
        }
        double edgeSum = 0;
        int edges = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            int s = graph.source(e);
            int t = graph.target(e);
            if (s != t) {
                edgeSum += distance(state, s, t);
                edges++;
            }
        }
        double meanPair = meanPairDistance(state);
        if (edges == 0 || !(meanPair > 0)) {
            return Double.NaN;
        }
        return edgeSum / edges / meanPair;
    }

    private static double meanPairDistance(LayoutState state) {
        int n = state.size();
        if (n < 2) {
            return Double.NaN;
        }
        double sum = 0;
        if (n <= EXACT_PAIR_LIMIT) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    sum += distance(state, i, j);
                }
            }
            return sum / ((double) n * (n - 1) / 2);
        }
        SplittableRandom random = new SplittableRandom(SAMPLE_SEED);
        for (int k = 0; k < SAMPLED_PAIRS; k++) {
            int i = random.nextInt(n);
            int j = random.nextInt(n - 1);
            // Skipping i keeps j uniform over the other n - 1 nodes.
            sum += distance(state, i, j < i ? j : j + 1);
        }
        return sum / SAMPLED_PAIRS;
    }

    private static double distance(LayoutState state, int a, int b) {
        double dx = state.x(a) - state.x(b);
        double dy = state.y(a) - state.y(b);
        return Math.sqrt(dx * dx + dy * dy);
    }

    /**
     * How far the outskirts of a layout sit from its bulk: the 90th-percentile distance of a node from the centroid
     * divided by the median distance (nearest-rank percentiles). A uniform disc gives about 1.34, a Gaussian cloud
     * about 1.82; a layout that flings a tenth of its nodes away gives far more. {@link #normalizedEdgeLength} falls
     * when nodes are flung away, so the two are read together. It does not change when a layout is scaled.
     *
     * @return the ratio, or NaN for an empty state or when at least half the nodes sit on the centroid
     */
    public static double spread(LayoutState state) {
        int n = state.size();
        if (n == 0) {
            return Double.NaN;
        }
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < n; i++) {
            cx += state.x(i);
            cy += state.y(i);
        }
        cx /= n;
        cy /= n;
        double[] radii = new double[n];
        for (int i = 0; i < n; i++) {
            double dx = state.x(i) - cx;
            double dy = state.y(i) - cy;
            radii[i] = Math.sqrt(dx * dx + dy * dy);
        }
        Arrays.sort(radii);
        double median = nearestRank(radii, 0.5);
        return median > 0 ? nearestRank(radii, 0.9) / median : Double.NaN;
    }

    private static double nearestRank(double[] sorted, double fraction) {
        return sorted[Math.max(0, (int) Math.ceil(fraction * sorted.length) - 1)];
    }

    public static Bounds boundingBox(LayoutState state) {
        return bounds(state.xs(), state.ys());
    }

    /** The longer side of the bounding box: one number for "how big is this layout", which tolerances scale with. */
    public static double extent(LayoutState state) {
        return extent(state.xs(), state.ys());
    }

    static double extent(double[] xs, double[] ys) {
        Bounds bounds = bounds(xs, ys);
        return Math.max(bounds.width(), bounds.height());
    }

    private static Bounds bounds(double[] xs, double[] ys) {
        if (xs.length == 0) {
            return new Bounds(0, 0, 0, 0);
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            minX = Math.min(minX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxX = Math.max(maxX, xs[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        return new Bounds(minX, minY, maxX, maxY);
    }
}
