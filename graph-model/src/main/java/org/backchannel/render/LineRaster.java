package org.backchannel.render;

import java.util.Arrays;

/**
 * Draws one-pixel lines without antialiasing into premultiplied ARGB pixels, blending each over what is
 * there. For coarse level of detail on surfaces that cannot turn antialiasing off (a JavaFX canvas): a
 * line costs one blend per pixel of its length, where an antialiased stroke costs a sweep over every
 * sub-pixel row it spans, which at 50,000 links is seconds per frame.
 */
public final class LineRaster {

    private final int width;
    private final int height;
    private final int[] pixels;

    public LineRaster(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("raster must be at least 1 × 1: " + width + " × " + height);
        }
        this.width = width;
        this.height = height;
        this.pixels = new int[width * height];
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The live pixels, row by row, premultiplied ARGB. */
    public int[] pixels() {
        return pixels;
    }

    /** Makes every pixel transparent. */
    public void clear() {
        Arrays.fill(pixels, 0);
    }

    /** A line between pixel centres nearest the end points, clipped to the raster; {@code alpha} 0–1. */
    public void line(double x1, double y1, double x2, double y2, int rgb, double alpha) {
        double[] clipped = clip(x1, y1, x2, y2);
        if (clipped == null) {
            return;
        }
        int a = (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255);
        if (a == 0) {
            return;
        }
        int source = premultiplied(rgb, a);
        bresenham((int) Math.floor(clipped[0]), (int) Math.floor(clipped[1]), (int) Math.floor(clipped[2]),
                (int) Math.floor(clipped[3]), source, 255 - a);
    }

    /**
     * A filled square with its top left corner at ({@code x}, {@code y}) and side {@code side}, covering the
     * pixels whose centres it holds (at least one), clipped to the raster; {@code alpha} 0–1.
     */
    public void fillRect(double x, double y, double side, int rgb, double alpha) {
        int a = (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255);
        if (a == 0 || !(side > 0)) {
            return;
        }
        int x0 = Math.max(0, (int) Math.round(x));
        int y0 = Math.max(0, (int) Math.round(y));
        int x1 = Math.min(width, Math.max((int) Math.round(x) + 1, (int) Math.round(x + side)));
        int y1 = Math.min(height, Math.max((int) Math.round(y) + 1, (int) Math.round(y + side)));
        int source = premultiplied(rgb, a);
        for (int row = y0; row < y1; row++) {
            int o = row * width;
            for (int column = x0; column < x1; column++) {
                pixels[o + column] = a == 255 ? source : over(source, pixels[o + column], 255 - a);
            }
        }
    }

    private static int premultiplied(int rgb, int a) {
        int r = ((rgb >> 16) & 0xFF) * a / 255;
        int g = ((rgb >> 8) & 0xFF) * a / 255;
        int b = (rgb & 0xFF) * a / 255;
        return (a << 24) | (r << 16) | (g << 8) | b;
    }

    private void bresenham(int x0, int y0, int x1, int y1, int source, int keep) {
        int dx = Math.abs(x1 - x0);
        int dy = -Math.abs(y1 - y0);
        int sx = x0 < x1 ? 1 : -1;
        int sy = y0 < y1 ? 1 : -1;
        int error = dx + dy;
        while (true) {
            if (x0 >= 0 && x0 < width && y0 >= 0 && y0 < height) {
                int i = y0 * width + x0;
                pixels[i] = keep == 0 ? source : over(source, pixels[i], keep);
            }
            if (x0 == x1 && y0 == y1) {
                return;
            }
            int e2 = 2 * error;
            if (e2 >= dy) {
                error += dy;
                x0 += sx;
            }
            if (e2 <= dx) {
                error += dx;
                y0 += sy;
            }
        }
    }

    /** Source over destination, both premultiplied; {@code keep} is 255 minus the source's alpha. */
    private static int over(int source, int destination, int keep) {
        int a = (source >>> 24) + ((destination >>> 24) * keep + 127) / 255;
        int r = ((source >> 16) & 0xFF) + (((destination >> 16) & 0xFF) * keep + 127) / 255;
        int g = ((source >> 8) & 0xFF) + (((destination >> 8) & 0xFF) * keep + 127) / 255;
        int b = (source & 0xFF) + ((destination & 0xFF) * keep + 127) / 255;
        return (Math.min(255, a) << 24) | (Math.min(255, r) << 16) | (Math.min(255, g) << 8) | Math.min(255, b);
    }

    /**
     * Liang–Barsky clipping to the raster (with a pixel of slack), so that a line reaching far off screen
     * costs only its visible part; null when nothing of it is visible.
     */
    private double[] clip(double x1, double y1, double x2, double y2) {
        double t0 = 0;
        double t1 = 1;
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 + 1, width - x1, y1 + 1, height - y1};
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) {
                    return null;
                }
                continue;
            }
            double t = q[k] / p[k];
            if (p[k] < 0) {
                t0 = Math.max(t0, t);
            } else {
                t1 = Math.min(t1, t);
            }
            if (t0 > t1) {
                return null;
            }
        }
        if (!Double.isFinite(t0) || !Double.isFinite(t1)) {
            return null;
        }
        return new double[] {x1 + t0 * dx, y1 + t0 * dy, x1 + t1 * dx, y1 + t1 * dy};
    }
}
