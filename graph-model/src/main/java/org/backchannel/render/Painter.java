package org.backchannel.render;

/**
 * The drawing primitives that both Java2D and JavaFX's {@code GraphicsContext} offer, and that SVG can
 * write. The scene, the legend and the caption are described once through this interface; implemented
 * here over Java2D and SVG, and in the app over JavaFX, so the screen and every export come from the same
 * drawing code.
 *
 * <p>Coordinates are screen pixels, y down. Colours are {@code 0xRRGGBB}; where a colour is optional,
 * {@code -1} means none. Alphas are 0–1.
 */
public interface Painter extends TextMetrics {

    /** Fills the whole surface; {@code argb} carries alpha in its top byte, so 0 clears to transparent. */
    void clear(int argb, double width, double height);

    /** A straight line with butt caps; {@code dash} is on/off lengths in pixels, {@code null} for solid. */
    void line(double x1, double y1, double x2, double y2, int rgb, double alpha, double width, double[] dash);

    /**
     * Many straight lines of one style: line {@code i} runs from ({@code xy[4i]}, {@code xy[4i+1]}) to
     * ({@code xy[4i+2]}, {@code xy[4i+3]}), for the first {@code count} lines. Painters that can stroke them
     * as one path should: for thousands of antialiased lines that is many times faster than one by one.
     */
    default void lines(double[] xy, int count, int rgb, double alpha, double width, double[] dash) {
        for (int i = 0; i < count; i++) {
            int o = 4 * i;
            line(xy[o], xy[o + 1], xy[o + 2], xy[o + 3], rgb, alpha, width, dash);
        }
    }

    /**
     * Many lines drawn as cheaply as this painter can, for coarse level of detail: one pixel wide, solid,
     * without antialiasing where the surface allows. Line {@code i} runs as in {@link #lines}, in colour
     * {@code argb[i]} (alpha in the top byte).
     */
    default void coarseLines(double[] xy, int[] argb, int count) {
        for (int i = 0; i < count; i++) {
            int o = 4 * i;
            line(xy[o], xy[o + 1], xy[o + 2], xy[o + 3], argb[i] & 0xFFFFFF, (argb[i] >>> 24) / 255.0, 1, null);
        }
    }

    /**
     * Pixels drawn beforehand (see {@link CrowdLayer}), premultiplied ARGB, with their top left corner at
     * ({@code x}, {@code y}); {@code version} changes whenever the pixels do, so that a surface may keep
     * its copy of them between frames. Only the screen's painter draws such layers.
     */
    default void raster(LineRaster pixels, double x, double y, long version) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " draws no rasterised layers");
    }

    /** A filled triangle with its tip at (tipX, tipY), pointing along {@code angle} (radians, y down). */
    void arrowHead(double tipX, double tipY, double angle, double size, int rgb, double alpha);

    /**
     * A node shape of the given radius (see {@link ShapeGeometry} for how radius maps to each outline).
     * {@code fill} or {@code stroke} may be {@code -1} for none, as for a selection ring.
     */
    void shape(NodeShape shape, double cx, double cy, double radius, int fill, int stroke, double strokeWidth,
               double alpha);

    /**
     * One line of text with its baseline at y; {@code haloRgb} (or {@code -1}) is a band drawn around the
     * glyphs so that they stay readable over lines.
     */
    void text(String text, double x, double y, double size, int rgb, boolean bold, TextAnchor anchor, int haloRgb);

    /** The width of the halo band for text of this size: one rule, so that every painter draws the same halo. */
    static double haloWidth(double size) {
        return Math.max(2, size * 0.28);
    }

    /** A filled rectangle with an optional one-pixel outline ({@code stroke} {@code -1} for none). */
    void rect(double x, double y, double w, double h, int fill, double alpha, int stroke);
}
