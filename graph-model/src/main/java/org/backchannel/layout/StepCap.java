package org.backchannel.layout;

import java.util.Arrays;

/**
 * How far one node may move in one step: the median length of an edge (estimated from up to {@value #SAMPLE} edges
 * spread evenly over the edge list), but never less than {@value #FLOOR} layout units.
 *
 * <p>Gephi does not cap steps (except when adjusting sizes), so a burst of repulsion, such as between nodes nudged
 * apart from one point, can fling a node across the plane. A fixed cap stops that but also makes a layout whose
 * start is far from its equilibrium spend hundreds of steps just spreading out or drawing in. The median edge is the
 * scale the layout is drawn at: long while edges still cross a random start, so nodes may travel far, and short
 * once neighbours sit together, so they may not. Unlike the layout's extent it does not grow when a few nodes fly
 * off, so it cannot feed on the outliers it is there to stop.
 */
final class StepCap {

    /** The fixed cap this replaces (the paper's k<sub>s max</sub>), kept as the least one, in layout units. */
    static final double FLOOR = 10;
    static final int SAMPLE = 1_001;

    private final int[] sources;
    private final int[] targets;
    private final double[] lengths;
    private final double floor;

    /** @param unit world units per layout unit, see {@link ForceAtlas2Layout} */
    StepCap(LayoutGraph graph, double unit) {
        int loops = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            loops += graph.source(e) == graph.target(e) ? 1 : 0;
        }
        int edges = graph.edgeCount() - loops;
        int count = Math.min(SAMPLE, edges);
        sources = new int[count];
        targets = new int[count];
        int seen = 0;
        int taken = 0;
        for (int e = 0; e < graph.edgeCount() && taken < count; e++) {
            if (graph.source(e) == graph.target(e)) {
                continue;
            }
            // Take edge number ⌊k·edges/count⌋ of the non-loop edges for k = 0, 1, …: evenly spread, no randomness.
            if (seen == (int) ((long) taken * edges / count)) {
                sources[taken] = graph.source(e);
                targets[taken] = graph.target(e);
                taken++;
            }
            seen++;
        }
        lengths = new double[count];
        floor = FLOOR * unit;
    }

    /** The cap for a step from these positions, in world units. */
    double of(double[] xs, double[] ys) {
        int count = lengths.length;
        if (count == 0) {
            return floor;
        }
        for (int k = 0; k < count; k++) {
            double dx = xs[sources[k]] - xs[targets[k]];
            double dy = ys[sources[k]] - ys[targets[k]];
            lengths[k] = Math.sqrt(dx * dx + dy * dy);
        }
        Arrays.sort(lengths);
        return Math.max(floor, lengths[(count - 1) / 2]);
    }
}
