package org.backchannel.app.graph;

import java.util.List;
import org.backchannel.exploration.Viewpoint;

/**
 * Where the canvas looks so that the drawn graph fills it: every node with its label inside the canvas
 * less a small margin, and none under the legend in the top right corner. Labels keep their size in
 * pixels at any zoom, so each node brings its own room in pixels (its label's half width beside it, its
 * label's height below it) on top of its outline in world units; a flat margin wide enough for the
 * longest label wasted a quarter of the canvas on every side. The legend is an obstacle only where it
 * is: a graph whose top right corner is empty may run under the legend's column.
 *
 * <p>Plain arithmetic, so that it is tested without a toolkit.
 */
final class ViewFit {

    /** Screens smaller than this after the margins still get a picture: the fit works on at least this much. */
    private static final double MIN_AREA = 40;
    /** When trying to slide the graph past the legend, each try shrinks the scale by this much. */
    private static final double SHRINK = 0.97;
    private static final int SHRINK_TRIES = 24;

    /**
     * What a node needs on screen.
     *
     * @param x world position
     * @param radius the node's outline in world units; at least {@link #minScreenRadius} pixels on screen
     * @param halfLabel half the label's width in pixels, halo included; 0 without a label
     * @param below pixels below the outline the label takes (gap and text); 0 without a label
     */
    record Footprint(double x, double y, double radius, double halfLabel, double below) {
    }

    /** A rectangle kept clear in one corner of the canvas, as wide and tall as given (its inset included). */
    record Corner(double width, double height, boolean right, boolean top) {

        static final Corner NONE = new Corner(0, 0, true, true);

        /** The same rectangle in another corner. */
        Corner at(boolean atRight, boolean atTop) {
            return new Corner(width, height, atRight, atTop);
        }

        boolean isEmpty() {
            return width <= 0 || height <= 0;
        }
    }

    /** Where the canvas looks, and the corner the legend goes in. */
    record Fitted(Viewpoint view, Corner legend) {
    }

    private final double width;
    private final double height;
    private final double margin;
    private final double maxScale;
    private final double minScreenRadius;

    /**
     * @param maxScale the fit never zooms in further, so that three nodes are not shown as dinner plates
     * @param minScreenRadius nodes are never drawn smaller than this, in pixels
     */
    ViewFit(double width, double height, double margin, double maxScale, double minScreenRadius) {
        this.width = width;
        this.height = height;
        this.margin = margin;
        this.maxScale = maxScale;
        this.minScreenRadius = minScreenRadius;
    }

    /**
     * The view that shows every footprint as large as fits, clear of the legend, and the corner the legend
     * goes in: the top right unless another corner is emptier; null when there is nothing to show.
     */
    Fitted fit(List<Footprint> prints, Corner legend) {
        if (prints.isEmpty()) {
            return null;
        }
        if (legend.isEmpty()) {
            return new Fitted(place(prints, largestScale(prints, 0, width, 0, height), 0, width, 0, height), legend);
        }
        // Beside the legend's column, or under its row, whichever gives the larger picture ...
        Corner topRight = legend.at(true, true);
        double beside = largestScale(prints, 0, width - legend.width(), 0, height);
        double under = largestScale(prints, 0, width, legend.height(), height);
        Viewpoint best = beside >= under
                ? place(prints, beside, 0, width - legend.width(), 0, height)
                : place(prints, under, 0, width, legend.height(), height);
        // ... or over the whole canvas, the legend in a corner the graph leaves empty.
        double scale = largestScale(prints, 0, width, 0, height);
        for (int i = 0; i < SHRINK_TRIES && scale > best.scale(); i++, scale *= SHRINK) {
            for (Corner corner : List.of(topRight, legend.at(false, true), legend.at(true, false), legend.at(false, false))) {
                Viewpoint clear = clearOf(prints, scale, corner);
                if (clear != null) {
                    return new Fitted(clear, corner);
                }
            }
        }
        return new Fitted(best, topRight);
    }

    /** The largest scale (up to the maximum) at which every footprint fits between the given screen edges. */
    private double largestScale(List<Footprint> prints, double left, double right, double top, double bottom) {
        double across = Math.max(MIN_AREA, right - left - 2 * margin);
        double down = Math.max(MIN_AREA, bottom - top - 2 * margin);
        return Math.min(largestScale(prints, across, true), largestScale(prints, down, false));
    }

    /**
     * Along one axis the extent of the footprints grows with the scale as a maximum of lines, so it is convex:
     * the scales that fit form an interval, and bisection finds its top.
     */
    private double largestScale(List<Footprint> prints, double room, boolean across) {
        if (extent(prints, maxScale, across) <= room) {
            return maxScale;
        }
        double low = Camera.MIN_SCALE;
        if (extent(prints, low, across) > room) {
            return low;
        }
        double high = maxScale;
        for (int i = 0; i < 50; i++) {
            double mid = (low + high) / 2;
            if (extent(prints, mid, across) <= room) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private double extent(List<Footprint> prints, double scale, boolean across) {
        double[] edges = edges(prints, scale, across);
        return edges[1] - edges[0];
    }

    /** The lowest and highest screen coordinate the footprints reach at this scale, with the world origin at 0. */
    private double[] edges(List<Footprint> prints, double scale, boolean across) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Footprint p : prints) {
            double r = Math.max(minScreenRadius, p.radius() * scale);
            if (across) {
                double half = Math.max(r, p.halfLabel());
                low = Math.min(low, p.x() * scale - half);
                high = Math.max(high, p.x() * scale + half);
            } else {
                low = Math.min(low, p.y() * scale - r);
                high = Math.max(high, p.y() * scale + r + p.below());
            }
        }
        return new double[] {low, high};
    }

    /** Centres the footprints between the given screen edges at this scale. */
    private Viewpoint place(List<Footprint> prints, double scale, double left, double right, double top, double bottom) {
        double[] xs = edges(prints, scale, true);
        double[] ys = edges(prints, scale, false);
        return at(scale, (xs[0] + xs[1]) / 2, (ys[0] + ys[1]) / 2, (left + right) / 2, (top + bottom) / 2);
    }

    /** The view that puts the screen point {@code (ex, ey)} of the origin-anchored footprints at {@code (sx, sy)}. */
    private Viewpoint at(double scale, double ex, double ey, double sx, double sy) {
        return new Viewpoint((ex + width / 2 - sx) / scale, (ey + height / 2 - sy) / scale, scale);
    }

    /** The graph at this scale, centred or slid to a side, if one of those places keeps every footprint out of the corner; else null. */
    private Viewpoint clearOf(List<Footprint> prints, double scale, Corner corner) {
        double[] xs = edges(prints, scale, true);
        double[] ys = edges(prints, scale, false);
        double slackX = Math.max(0, width - 2 * margin - (xs[1] - xs[0]));
        double slackY = Math.max(0, height - 2 * margin - (ys[1] - ys[0]));
        double[] alongX = {slackX / 2, corner.right() ? 0 : slackX};
        double[] alongY = {slackY / 2, corner.top() ? slackY : 0};
        for (double shiftY : alongY) {
            for (double shiftX : alongX) {
                // Where the world origin goes on screen, so that the footprints' top left corner is at the shift.
                double originX = margin + shiftX - xs[0];
                double originY = margin + shiftY - ys[0];
                if (!touches(prints, scale, originX, originY, corner)) {
                    return at(scale, 0, 0, originX, originY);
                }
            }
        }
        return null;
    }

    private boolean touches(List<Footprint> prints, double scale, double originX, double originY, Corner corner) {
        double cornerLeft = corner.right() ? width - corner.width() : 0;
        double cornerTop = corner.top() ? 0 : height - corner.height();
        for (Footprint p : prints) {
            double r = Math.max(minScreenRadius, p.radius() * scale);
            double half = Math.max(r, p.halfLabel());
            double x = originX + p.x() * scale;
            double y = originY + p.y() * scale;
            if (x + half > cornerLeft && x - half < cornerLeft + corner.width()
                    && y + r + p.below() > cornerTop && y - r < cornerTop + corner.height()) {
                return true;
            }
        }
        return false;
    }
}
