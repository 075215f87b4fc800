package org.backchannel.render;

/**
 * Where the outline of each {@link NodeShape} runs, computed once for every painter so that a diamond on
 * screen is the same diamond in the SVG. A node's radius is that of a circle; every other shape is a
 * regular polygon of the same area, so that a node's kind never makes it look more or less important.
 */
public final class ShapeGeometry {

    /** The corner radius of a rounded square, as a share of its half side. */
    private static final double CORNER_SHARE = 0.3;

    private ShapeGeometry() {
    }

    /** Number of corners; 0 for the circle. A rounded square counts as a square. */
    public static int corners(NodeShape shape) {
        return switch (shape) {
            case CIRCLE -> 0;
            case ROUNDED_SQUARE, DIAMOND -> 4;
            case HEXAGON -> 6;
            case TRIANGLE -> 3;
            case OCTAGON -> 8;
        };
    }

    /** The corners as x0, y0, x1, y1, …, clockwise on screen (y down) from a top corner; empty for the circle. */
    public static double[] polygon(NodeShape shape, double cx, double cy, double radius) {
        int n = corners(shape);
        double circumradius = circumradius(shape, radius);
        double[] points = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double angle = firstCornerAngle(shape) + i * 2 * Math.PI / n;
            points[2 * i] = cx + circumradius * Math.cos(angle);
            points[2 * i + 1] = cy + circumradius * Math.sin(angle);
        }
        return points;
    }

    /** Half the side of a rounded square of this radius. */
    public static double halfSide(double radius) {
        return circumradius(NodeShape.ROUNDED_SQUARE, radius) / Math.sqrt(2);
    }

    /** The corner radius of a rounded square of this radius (SVG's {@code rx}; JavaFX's arc is twice this). */
    public static double cornerRadius(double radius) {
        return CORNER_SHARE * halfSide(radius);
    }

    /**
     * How far from the centre the outline lies in the direction {@code angle} (radians, y down): where an
     * arrow pointing at the node should stop.
     */
    public static double boundaryDistance(NodeShape shape, double radius, double angle) {
        int n = corners(shape);
        if (n == 0) {
            return radius;
        }
        double sector = 2 * Math.PI / n;
        double fromCorner = (angle - firstCornerAngle(shape)) % sector;
        if (fromCorner < 0) {
            fromCorner += sector;
        }
        double apothem = circumradius(shape, radius) * Math.cos(Math.PI / n);
        return apothem / Math.cos(fromCorner - sector / 2);
    }

    /**
     * The three corners (tip first) of a filled arrow head pointing along {@code angle}: as long as
     * {@code size}, and nine tenths as wide.
     */
    public static double[] arrowHead(double tipX, double tipY, double angle, double size) {
        double baseX = tipX - size * Math.cos(angle);
        double baseY = tipY - size * Math.sin(angle);
        double halfWidth = 0.45 * size;
        double normalX = -Math.sin(angle) * halfWidth;
        double normalY = Math.cos(angle) * halfWidth;
        return new double[] {tipX, tipY, baseX + normalX, baseY + normalY, baseX - normalX, baseY - normalY};
    }

    /** The distance from the centre to a corner: the radius of a circle of the same area scaled up. */
    static double circumradius(NodeShape shape, double radius) {
        int n = corners(shape);
        if (n == 0) {
            return radius;
        }
        return radius * Math.sqrt(2 * Math.PI / (n * Math.sin(2 * Math.PI / n)));
    }

    private static double firstCornerAngle(NodeShape shape) {
        return switch (shape) {
            case ROUNDED_SQUARE -> -3 * Math.PI / 4;
            case OCTAGON -> -Math.PI / 2 + Math.PI / 8;
            default -> -Math.PI / 2;
        };
    }
}
