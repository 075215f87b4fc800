package org.backchannel.app.graph;

import java.util.List;
import org.backchannel.render.Viewport;

/**
 * The corner a view that was not fitted (a session's viewpoint, Ctrl+F centring on a node) leaves emptiest for
 * the legend. A node counts by what it draws: its disc and its label, not its centre alone, so that a node whose
 * centre lies just outside a corner while its name runs under it is not hidden by the legend. Corners are tried
 * from the one given (the top right, the legend's usual place), which wins among equally empty ones.
 *
 * <p>Plain arithmetic, tested without a toolkit.
 */
final class LegendPlacement {

    private LegendPlacement() {
    }

    /**
     * @param size           the legend's corner, its insets included, in the corner tried first
     * @param prints         what each node draws: outline in world units, label in pixels
     * @param minScreenRadius a node is never drawn smaller than this, in pixels
     */
    static ViewFit.Corner emptiest(ViewFit.Corner size, List<ViewFit.Footprint> prints, Viewport viewport, double minScreenRadius) {
        ViewFit.Corner best = size;
        double least = Double.MAX_VALUE;
        for (ViewFit.Corner corner : List.of(size, size.at(!size.right(), size.top()), size.at(size.right(), !size.top()),
                size.at(!size.right(), !size.top()))) {
            double covered = covered(corner, prints, viewport, minScreenRadius);
            if (covered < least) {
                least = covered;
                best = corner;
            }
        }
        return best;
    }

    /** How many square pixels of discs and labels the corner would cover. */
    static double covered(ViewFit.Corner corner, List<ViewFit.Footprint> prints, Viewport viewport, double minScreenRadius) {
        double left = corner.right() ? viewport.width() - corner.width() : 0;
        double top = corner.top() ? 0 : viewport.height() - corner.height();
        return covered(left, top, left + corner.width(), top + corner.height(), prints, viewport, minScreenRadius);
    }

    /** How many square pixels of discs and labels a box on screen would cover: the hover card is kept off them too. */
    static double covered(double left, double top, double right, double bottom, List<ViewFit.Footprint> prints, Viewport viewport,
                          double minScreenRadius) {
        double sum = 0;
        for (ViewFit.Footprint p : prints) {
            double x = viewport.toScreenX(p.x());
            double y = viewport.toScreenY(p.y());
            double r = Math.max(minScreenRadius, p.radius() * viewport.scale());
            sum += overlap(x - r, y - r, x + r, y + r, left, top, right, bottom);
            if (p.below() > 0) {
                sum += overlap(x - p.halfLabel(), y + r, x + p.halfLabel(), y + r + p.below(), left, top, right, bottom);
            }
        }
        return sum;
    }

    /** How many square pixels of the boxes {x, y, w, h} (names as placed, the legend) a box {left, top, right, bottom} would cover. */
    static double covered(double[] box, List<double[]> boxes) {
        double sum = 0;
        for (double[] b : boxes) {
            sum += overlap(b[0], b[1], b[0] + b[2], b[1] + b[3], box[0], box[1], box[2], box[3]);
        }
        return sum;
    }

    private static double overlap(double x1, double y1, double x2, double y2, double left, double top, double right, double bottom) {
        double w = Math.min(x2, right) - Math.max(x1, left);
        double h = Math.min(y2, bottom) - Math.max(y1, top);
        return w > 0 && h > 0 ? w * h : 0;
    }
}
