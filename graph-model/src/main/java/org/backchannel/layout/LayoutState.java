package org.backchannel.layout;

import java.util.SplittableRandom;

/**
 * Positions (in world units) and pinned flags of a graph's nodes, owned by the caller and mutated by layouts.
 *
 * <p>Keeping positions out of the graph and out of any view lets a layout run on a background thread over plain
 * arrays, and lets the caller pin nodes (for example while the user drags one) without the layout knowing why. The
 * state is not thread-safe: the caller must not read it while a layout step is running on another thread.
 */
public final class LayoutState {

    private final double[] xs;
    private final double[] ys;
    private final boolean[] pinned;

    /** A state with every node at the origin and unpinned. */
    public LayoutState(int nodeCount) {
        if (nodeCount < 0) {
            throw new IllegalArgumentException("node count is negative: " + nodeCount);
        }
        xs = new double[nodeCount];
        ys = new double[nodeCount];
        pinned = new boolean[nodeCount];
    }

    /**
     * Random positions spread uniformly over a disc centred on the origin, the usual start for a force-directed
     * layout. The same seed always gives the same positions, so layouts that start here are reproducible.
     */
    public static LayoutState seeded(int nodeCount, long seed, double radius) {
        if (!(radius >= 0 && radius < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("radius must be finite and >= 0: " + radius);
        }
        LayoutState state = new LayoutState(nodeCount);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < nodeCount; i++) {
            // The square root makes the density uniform over the disc instead of crowding the centre.
            double r = radius * Math.sqrt(random.nextDouble());
            double angle = 2 * Math.PI * random.nextDouble();
            state.set(i, r * Math.cos(angle), r * Math.sin(angle));
        }
        return state;
    }

    public int size() {
        return xs.length;
    }

    public double x(int i) {
        return xs[i];
    }

    public double y(int i) {
        return ys[i];
    }

    public void set(int i, double x, double y) {
        xs[i] = x;
        ys[i] = y;
    }

    /** Whether layouts must leave node {@code i} where it is. */
    public boolean pinned(int i) {
        return pinned[i];
    }

    public void pin(int i, boolean pinned) {
        this.pinned[i] = pinned;
    }

    /**
     * The live array of x coordinates, not a copy: layouts write it in their inner loops and renderers read it
     * without copying thousands of positions per frame. Writes through it are writes to this state.
     */
    public double[] xs() {
        return xs;
    }

    /** The live array of y coordinates; see {@link #xs()}. */
    public double[] ys() {
        return ys;
    }

    /** The live pinned flags, for layouts' inner loops; see {@link #xs()}. */
    boolean[] pinnedFlags() {
        return pinned;
    }
}
