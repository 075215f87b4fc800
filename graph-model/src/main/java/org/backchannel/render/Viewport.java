package org.backchannel.render;

/**
 * Which part of the world is on screen: {@code screenX = (worldX - centerX) * scale + width / 2}, likewise
 * for y. The screen, the PNG and the SVG all map through one of these, so they agree on what is where.
 *
 * @param width screen width in pixels
 * @param height screen height in pixels
 * @param scale screen pixels per world unit
 */
public record Viewport(double width, double height, double centerX, double centerY, double scale) {

    public Viewport {
        if (!(width >= 0) || !(height >= 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
            throw new IllegalArgumentException("viewport size must be finite and not negative: " + width + " x " + height);
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("viewport scale must be positive and finite: " + scale);
        }
        if (!Double.isFinite(centerX) || !Double.isFinite(centerY)) {
            throw new IllegalArgumentException("viewport centre must be finite: " + centerX + ", " + centerY);
        }
    }

    /**
     * The viewport that shows every node (with its radius) inside {@code width × height} less
     * {@code margin} on each side, as large as fits.
     */
    public static Viewport fit(GraphScene scene, double width, double height, double margin) {
        return fit(scene, width, height, margin, Double.POSITIVE_INFINITY);
    }

    /**
     * Like {@link #fit(GraphScene, double, double, double)} but never zooms in beyond {@code maxScale}, so
     * that an export of three nodes does not show them as dinner plates.
     */
    public static Viewport fit(GraphScene scene, double width, double height, double margin, double maxScale) {
        WorldBounds bounds = WorldBounds.of(scene);
        if (bounds == null) {
            return new Viewport(width, height, 0, 0, Math.min(1, maxScale));
        }
        double usableWidth = Math.max(1, width - 2 * margin);
        double usableHeight = Math.max(1, height - 2 * margin);
        double scale = Math.min(bounds.width() > 0 ? usableWidth / bounds.width() : Double.POSITIVE_INFINITY,
                bounds.height() > 0 ? usableHeight / bounds.height() : Double.POSITIVE_INFINITY);
        scale = Math.min(scale, maxScale);
        if (Double.isInfinite(scale)) {
            scale = 1;
        }
        return new Viewport(width, height, (bounds.minX() + bounds.maxX()) / 2, (bounds.minY() + bounds.maxY()) / 2, scale);
    }

    public double toScreenX(double worldX) {
        return (worldX - centerX) * scale + width / 2;
    }

    public double toScreenY(double worldY) {
        return (worldY - centerY) * scale + height / 2;
    }

    public double toWorldX(double screenX) {
        return (screenX - width / 2) / scale + centerX;
    }

    public double toWorldY(double screenY) {
        return (screenY - height / 2) / scale + centerY;
    }

    /** Whether a circle given in screen coordinates touches the screen grown by {@code margin} on every side. */
    public boolean touches(double screenX, double screenY, double screenRadius, double margin) {
        return screenX + screenRadius >= -margin && screenX - screenRadius <= width + margin
                && screenY + screenRadius >= -margin && screenY - screenRadius <= height + margin;
    }

    /** Whether the box around the segment between two world points meets the picture grown by {@code margin} pixels. */
    public boolean showsSegment(double worldX1, double worldY1, double worldX2, double worldY2, double margin) {
        double x1 = toScreenX(worldX1);
        double y1 = toScreenY(worldY1);
        double x2 = toScreenX(worldX2);
        double y2 = toScreenY(worldY2);
        return Math.max(x1, x2) >= -margin && Math.min(x1, x2) <= width + margin
                && Math.max(y1, y2) >= -margin && Math.min(y1, y2) <= height + margin;
    }
}
