package org.backchannel.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * A {@link Painter} over Java2D, for PNG and PDF exports (and anything else a {@code Graphics2D} can reach,
 * such as printing). Turns on antialiasing and fractional text metrics, so that text advances match
 * {@link AwtTextMetrics} and therefore the SVG. Works headless.
 */
public final class Java2DPainter implements Painter {

    private final Graphics2D g;
    private final boolean vector;

    /** Paints onto {@code g}, whose current transform maps painter pixels to device pixels. */
    public Java2DPainter(Graphics2D g) {
        this(g, false);
    }

    /**
     * @param vector whether {@code g} records vectors (a PDF) rather than pixels: coarse lines are then hairline
     *               paths, as there are no device pixels to snap them to
     */
    public Java2DPainter(Graphics2D g, boolean vector) {
        this.g = g;
        this.vector = vector;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    @Override
    public void clear(int argb, double width, double height) {
        Composite previous = g.getComposite();
        g.setComposite(AlphaComposite.Src);
        g.setColor(new Color(argb, true));
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        g.setComposite(previous);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int rgb, double alpha, double width, double[] dash) {
        g.setColor(colour(rgb, alpha));
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, floats(dash), 0f));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    /** One path for all the lines, so that the antialiasing rasteriser sweeps the image once, not once per line. */
    @Override
    public void lines(double[] xy, int count, int rgb, double alpha, double width, double[] dash) {
        if (count == 0) {
            return;
        }
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, 2 * count);
        for (int i = 0; i < count; i++) {
            int o = 4 * i;
            path.moveTo(xy[o], xy[o + 1]);
            path.lineTo(xy[o + 2], xy[o + 3]);
        }
        g.setColor(colour(rgb, alpha));
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, floats(dash), 0f));
        g.draw(path);
    }

    /**
     * Without antialiasing and in device pixels, so that Java2D takes its one-pixel line loops: 50,000 long
     * lines into a 4096-pixel image in well under a second, where stroking them took over 20 s.
     */
    @Override
    public void coarseLines(double[] xy, int[] argb, int count) {
        if (vector) {
            vectorCoarseLines(xy, argb, count);
            return;
        }
        Object antialiasing = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        Object strokeControl = g.getRenderingHint(RenderingHints.KEY_STROKE_CONTROL);
        AffineTransform transform = g.getTransform();
        Stroke stroke = g.getStroke();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_NORMALIZE);
        g.setTransform(new AffineTransform());
        g.setStroke(new BasicStroke(1f));
        double[] ends = new double[4];
        int colour = 0;
        for (int i = 0; i < count; i++) {
            transform.transform(xy, 4 * i, ends, 0, 2);
            if (i == 0 || argb[i] != colour) {
                colour = argb[i];
                g.setColor(new Color(colour, true));
            }
            g.drawLine((int) Math.floor(ends[0]), (int) Math.floor(ends[1]), (int) Math.floor(ends[2]),
                    (int) Math.floor(ends[3]));
        }
        g.setTransform(transform);
        g.setStroke(stroke);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, strokeControl);
    }

    /** Runs of one colour as one thin path each: a PDF of 50,000 links stays a few thousand drawing operations. */
    private void vectorCoarseLines(double[] xy, int[] argb, int count) {
        int start = 0;
        while (start < count) {
            int end = start;
            Path2D.Double path = new Path2D.Double();
            while (end < count && argb[end] == argb[start]) {
                int o = 4 * end;
                path.moveTo(xy[o], xy[o + 1]);
                path.lineTo(xy[o + 2], xy[o + 3]);
                end++;
            }
            g.setColor(new Color(argb[start], true));
            g.setStroke(new BasicStroke(0.5f));
            g.draw(path);
            start = end;
        }
    }

    @Override
    public void arrowHead(double tipX, double tipY, double angle, double size, int rgb, double alpha) {
        g.setColor(colour(rgb, alpha));
        g.fill(polygon(ShapeGeometry.arrowHead(tipX, tipY, angle, size)));
    }

    @Override
    public void shape(NodeShape shape, double cx, double cy, double radius, int fill, int stroke, double strokeWidth,
                      double alpha) {
        Shape outline = outline(shape, cx, cy, radius);
        if (fill != -1) {
            g.setColor(colour(fill, alpha));
            g.fill(outline);
        }
        if (stroke != -1 && strokeWidth > 0) {
            g.setColor(colour(stroke, alpha));
            g.setStroke(new BasicStroke((float) strokeWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
    }

    @Override
    public void text(String text, double x, double y, double size, int rgb, boolean bold, TextAnchor anchor, int haloRgb) {
        if (text.isEmpty()) {
            return;
        }
        Font font = AwtTextMetrics.INSTANCE.font(size, bold);
        double left = switch (anchor) {
            case START -> x;
            case MIDDLE -> x - textWidth(text, size, bold) / 2;
            case END -> x - textWidth(text, size, bold);
        };
        if (haloRgb != -1) {
            Shape glyphs = new TextLayout(text, font, g.getFontRenderContext())
                    .getOutline(AffineTransform.getTranslateInstance(left, y));
            g.setColor(colour(haloRgb, 1));
            g.setStroke(new BasicStroke((float) Painter.haloWidth(size), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(glyphs);
        }
        g.setFont(font);
        g.setColor(colour(rgb, 1));
        g.drawString(text, (float) left, (float) y);
    }

    @Override
    public void rect(double x, double y, double w, double h, int fill, double alpha, int stroke) {
        Rectangle2D box = new Rectangle2D.Double(x, y, w, h);
        g.setColor(colour(fill, alpha));
        g.fill(box);
        if (stroke != -1) {
            g.setColor(colour(stroke, alpha));
            g.setStroke(new BasicStroke(1f));
            g.draw(box);
        }
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return AwtTextMetrics.INSTANCE.textWidth(text, size, bold);
    }

    private static Shape outline(NodeShape shape, double cx, double cy, double radius) {
        return switch (shape) {
            case CIRCLE -> new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius);
            case ROUNDED_SQUARE -> {
                double half = ShapeGeometry.halfSide(radius);
                double arc = 2 * ShapeGeometry.cornerRadius(radius);
                yield new RoundRectangle2D.Double(cx - half, cy - half, 2 * half, 2 * half, arc, arc);
            }
            default -> polygon(ShapeGeometry.polygon(shape, cx, cy, radius));
        };
    }

    private static Path2D polygon(double[] points) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points[0], points[1]);
        for (int i = 2; i < points.length; i += 2) {
            path.lineTo(points[i], points[i + 1]);
        }
        path.closePath();
        return path;
    }

    private static Color colour(int rgb, double alpha) {
        int a = (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255);
        return new Color((a << 24) | (rgb & 0xFFFFFF), true);
    }

    private static float[] floats(double[] dash) {
        if (dash == null) {
            return null;
        }
        float[] result = new float[dash.length];
        for (int i = 0; i < dash.length; i++) {
            result[i] = (float) dash[i];
        }
        return result;
    }
}
