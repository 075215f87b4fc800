package org.backchannel.render;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Where a note's number goes when every place beside its node or on its link touches a label: farther out, on
 * rings around the point it is about, and tied to it by a thin leader line, as a cartographer does for a name in
 * a crowded corner. A far place must touch no label, no node's disc and no number already drawn, and stay inside
 * the figure; the nearest such place wins, upper left first as beside a node.
 */
final class NoteLeader {

    /** How many rings outward are tried, each a number's width and a little air beyond the last. */
    private static final int RINGS = 8;
    /** Directions around each ring, from the upper left clockwise, so that the first tried is the near corner's. */
    private static final int DIRECTIONS = 16;
    private static final double START = -3 * Math.PI / 4;

    /** A number's place and the leader from the element to it (null: no leader, the number sits beside it). */
    record Place(double x, double y, double[] leader) {
    }

    private NoteLeader() {
    }

    /**
     * @param x            the point the note is about (a node's centre, a link's middle), on screen
     * @param y            its height on screen
     * @param from         how far from that point the leader starts (the node's outline; 0 on a link)
     * @param near         the distance of the near places, from which the rings go out
     * @param markerRadius the number's disc
     * @param width        the figure's width: a number stays inside it
     * @param height       and its height
     * @param cost         what a disc at a place would cover (labels, nodes, numbers drawn): 0 when free
     * @return the nearest free place, or null when every ring is crowded too
     */
    static Place nearestFree(double x, double y, double from, double near, double markerRadius, double width, double height,
                             ToDoubleFunction<double[]> cost) {
        double step = 2 * markerRadius + 4;
        for (int ring = 1; ring <= RINGS; ring++) {
            double distance = near + ring * step;
            for (int i = 0; i < DIRECTIONS; i++) {
                double angle = START + i * 2 * Math.PI / DIRECTIONS;
                double cx = x + Math.cos(angle) * distance;
                double cy = y + Math.sin(angle) * distance;
                boolean inside = cx - markerRadius >= 0 && cy - markerRadius >= 0 && cx + markerRadius <= width && cy + markerRadius <= height;
                if (inside && cost.applyAsDouble(new double[] {cx, cy}) == 0) {
                    double ux = Math.cos(angle);
                    double uy = Math.sin(angle);
                    return new Place(cx, cy, new double[] {x + ux * from, y + uy * from, cx - ux * markerRadius, cy - uy * markerRadius});
                }
            }
        }
        return null;
    }

    /** How much of the nodes' discs a disc of {@code radius} at {@code at} would cover, as the overlap of their boxes. */
    static double nodesCovered(List<double[]> discs, double[] at, double radius) {
        double sum = 0;
        for (double[] disc : discs) {
            double w = Math.min(at[0] + radius, disc[0] + disc[2]) - Math.max(at[0] - radius, disc[0] - disc[2]);
            double h = Math.min(at[1] + radius, disc[1] + disc[2]) - Math.max(at[1] - radius, disc[1] - disc[2]);
            sum += w > 0 && h > 0 ? w * h : 0;
        }
        return sum;
    }
}
