package org.backchannel.render;

/**
 * Turns a measure's values into node radii (world units) between {@link #SMALL} and {@link #LARGE}: the
 * area grows with the value's place between the scene's lowest and highest, so that a hub stands out but
 * never swallows the picture nor hides its neighbours' names, whatever its degree on a 10,000-node store.
 * Equal values get equal radii; when every node has the same value, every node gets {@link #UNIFORM}.
 */
public final class NodeScale {

    /** The smallest node: its shape still tells its kind at the default zoom. */
    public static final double SMALL = 6;
    /** The largest: about three times the smallest across, ten times its area; the old unbounded degree size gave article hubs 19. */
    public static final double LARGE = 20;
    /** Every node when the size says nothing (uniform, or all values alike). */
    public static final double UNIFORM = 8;

    private final double lowest;
    private final double highest;

    private NodeScale(double lowest, double highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    /** The scale of these values (NaN ones, not yet measured, left out); an empty one gives every node {@link #UNIFORM}. */
    public static NodeScale of(double[] values) {
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lowest = Math.min(lowest, v);
                highest = Math.max(highest, v);
            }
        }
        return lowest > highest ? new NodeScale(Double.NaN, Double.NaN) : new NodeScale(lowest, highest);
    }

    /** The radius of a node with this value; a node not measured yet is drawn as the least. */
    public double radius(double value) {
        if (!spread()) {
            return UNIFORM;
        }
        if (!Double.isFinite(value)) {
            return SMALL;
        }
        double share = Math.max(0, Math.min(1, (value - lowest) / (highest - lowest)));
        return SMALL + (LARGE - SMALL) * Math.sqrt(share);
    }

    /** Whether the values differ, so that sizes say something. */
    public boolean spread() {
        return highest > lowest;
    }

    /** Whether there were values at all. */
    public boolean isEmpty() {
        return Double.isNaN(lowest);
    }

    /** The lowest value, NaN when empty. */
    public double lowest() {
        return lowest;
    }

    /** The highest value, NaN when empty. */
    public double highest() {
        return highest;
    }
}
