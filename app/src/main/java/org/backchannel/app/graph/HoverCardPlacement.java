package org.backchannel.app.graph;

import java.util.function.ToDoubleFunction;

/**
 * Which of the four places around the pointer the hover card takes: below right, below left, above right, above
 * left of it, the one that covers the fewest pixels of the nodes and names drawn there (as the legend picks its
 * corner), among those that fit inside the canvas. Hovering a node in a cluster then leaves its neighbours' names
 * readable. Ties keep the side taken last, then the usual below right, so that the card does not hop as the
 * pointer moves over empty space.
 *
 * <p>Plain arithmetic, tested without a toolkit.
 */
final class HoverCardPlacement {

    /** A side around the pointer (-1 when none fitted) and the card's top left corner there. */
    record Place(int side, double left, double top) {
    }

    private HoverCardPlacement() {
    }

    /**
     * @param offset  pointer to card, in pixels, on both axes
     * @param last    the side taken last (0 below right, 1 below left, 2 above right, 3 above left, -1 none), kept on a tie
     * @param covered what a box {left, top, right, bottom} would cover of what is drawn
     */
    static Place place(double x, double y, double w, double h, double width, double height, double offset, int last,
                       ToDoubleFunction<double[]> covered) {
        Place best = null;
        double least = Double.MAX_VALUE;
        for (int side : triedFirst(last)) {
            double left = (side & 1) == 0 ? x + offset : x - offset - w;
            double top = (side & 2) == 0 ? y + offset : y - offset - h;
            if (left < 0 || top < 0 || left + w > width || top + h > height) {
                continue;
            }
            double cover = covered.applyAsDouble(new double[] {left, top, left + w, top + h});
            if (cover < least) {
                least = cover;
                best = new Place(side, left, top);
            }
        }
        // Larger than every place around the pointer: kept inside the canvas as far as it goes.
        return best != null ? best : new Place(-1, x + offset + w <= width ? x + offset : Math.max(0, x - offset - w),
                y + offset + h <= height ? y + offset : Math.max(0, y - offset - h));
    }

    /** The sides in the order tried: the last one taken first, then the rest in the usual order. */
    private static int[] triedFirst(int last) {
        if (last <= 0) {
            return new int[] {0, 1, 2, 3};
        }
        int[] order = new int[4];
        order[0] = last;
        for (int side = 0, k = 1; side < 4; side++) {
            if (side != last) {
                order[k++] = side;
            }
        }
        return order;
    }
}
