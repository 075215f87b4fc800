package org.backchannel.app.graph;

import java.util.function.ToDoubleFunction;

/**
 * Which of eight places around the pointer the hover card takes: below right, below left, above right, above left
 * of it, then straight right, left, below and above, the one that covers the fewest pixels of the nodes and names
 * drawn there (as the legend picks its corner), among those that fit inside the canvas. Hovering a node in a
 * cluster then leaves its neighbours' names readable. Ties keep the place taken last, then the usual below right, so
 * that the card does not hop as the pointer moves over empty space.
 *
 * <p>Plain arithmetic, tested without a toolkit.
 */
final class HoverCardPlacement {

    /** For each place, where the card lies across and down from the pointer: 1 after it, -1 before it, 0 centred on it. */
    private static final int[] ACROSS = {1, -1, 1, -1, 1, -1, 0, 0};
    private static final int[] DOWN = {1, 1, -1, -1, 0, 0, 1, -1};
    private static final int PLACES = ACROSS.length;

    /** A place around the pointer (-1 when none fitted) and the card's top left corner there. */
    record Place(int side, double left, double top) {
    }

    private HoverCardPlacement() {
    }

    /**
     * @param offset  pointer to card, in pixels, on both axes
     * @param last    the place taken last (0 below right, 1 below left, 2 above right, 3 above left, 4 right, 5 left,
     *                6 below, 7 above; -1 none), kept on a tie
     * @param covered what a box {left, top, right, bottom} would cover of what is drawn
     */
    static Place place(double x, double y, double w, double h, double width, double height, double offset, int last,
                       ToDoubleFunction<double[]> covered) {
        Place best = null;
        double least = Double.MAX_VALUE;
        for (int side : triedFirst(last)) {
            double left = edge(x, w, offset, ACROSS[side]);
            double top = edge(y, h, offset, DOWN[side]);
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

    private static double edge(double pointer, double size, double offset, int way) {
        return way > 0 ? pointer + offset : way < 0 ? pointer - offset - size : pointer - size / 2;
    }

    /** The places in the order tried: the last one taken first, then the rest in the usual order. */
    private static int[] triedFirst(int last) {
        int[] order = new int[PLACES];
        int k = 0;
        if (last >= 0) {
            order[k++] = last;
        }
        for (int side = 0; side < PLACES; side++) {
            if (side != last) {
                order[k++] = side;
            }
        }
        return order;
    }
}
