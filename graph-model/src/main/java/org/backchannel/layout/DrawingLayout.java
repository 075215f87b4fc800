package org.backchannel.layout;

/**
 * How Backchannel lays a graph out for drawing: one seed, one scaling, one start. The app, its
 * headless export and the benchmarks all take them from here, so that they lay out alike.
 */
public final class DrawingLayout {

    /** Every layout's seed: the same graph, filter and seed give the same picture. */
    public static final long SEED = 1969;

    /**
     * Node radii on screen are 7–20 world units; ForceAtlas2's default scaling (2) would settle
     * neighbours about 7 units apart, on top of each other. Distances grow with the square root of
     * the scaling; this one leaves room for labels between neighbours.
     */
    public static final double SCALING = 500;

    private DrawingLayout() {
    }

    /** Room between neighbours in the rows of nodes set aside for having no link, in world units. */
    public static final double UNLINKED_SPACING = 60;

    /** The app's force-directed layout: ForceAtlas2 for the linked nodes, the others in rows beneath. */
    public static Layout forceDirected(long seed) {
        return new UnlinkedAside(new ForceAtlas2Layout(forceAtlas2(seed)), UNLINKED_SPACING);
    }

    /** ForceAtlas2 with Gephi's defaults but room for labels. */
    public static ForceAtlas2Options forceAtlas2(long seed) {
        return ForceAtlas2Options.defaults().withScalingRatio(SCALING).withSeed(seed);
    }

    /** {@link #startDisc(int, long, double)} at {@link #SCALING}: where the app's layouts start. */
    public static LayoutState startDisc(int nodeCount, long seed) {
        return startDisc(nodeCount, seed, SCALING);
    }

    /**
     * Seeded positions in a disc that grows with the node count, so that any graph starts about as dense, and with
     * the square root of the scaling ratio, as the layout's distances do: about the size the layout settles at, so
     * that the time goes on untangling rather than on spreading out. Every scaling gets the same positions,
     * magnified; a benchmark can start a peer that runs at another scaling from the same picture.
     */
    public static LayoutState startDisc(int nodeCount, long seed, double scalingRatio) {
        double atPaperScaling = Math.max(50, 20 * Math.sqrt(nodeCount));
        return LayoutState.seeded(nodeCount, seed, atPaperScaling * ForceAtlas2Layout.unit(scalingRatio));
    }
}
