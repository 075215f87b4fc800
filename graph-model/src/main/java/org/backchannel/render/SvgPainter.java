package org.backchannel.render;

/**
 * A {@link Painter} that writes an SVG 1.1 document by hand: plain elements ({@code line}, {@code polygon},
 * {@code circle}, {@code rect}, {@code text}) that Inkscape and Illustrator open as editable vectors, with
 * text kept as real text. Text is measured like the Java2D painter's, so a PNG and an SVG of a scene match.
 */
public final class SvgPainter implements Painter {

    /** The bundled face the text was measured in first, so that it takes the width it was laid out with. */
    static final String FONT_FAMILY = ExportFont.SVG_FAMILY;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final double width;
    private final double height;
    private final double magnification;
    private final StringBuilder body = new StringBuilder(4096);

    /** A drawing surface of {@code width × height} pixels. */
    public SvgPainter(double width, double height) {
        this(width, height, 1);
    }

    /**
     * A drawing surface of {@code width × height} units shown {@code magnification} times as large: the view
     * box keeps the units and the document's size says how large, so a reader scales text and lines alike.
     */
    public SvgPainter(double width, double height, double magnification) {
        this.width = width;
        this.height = height;
        this.magnification = magnification;
    }

    /** The whole document: XML declaration, size, view box and everything painted so far. */
    public String toSvg() {
        StringBuilder svg = new StringBuilder(body.length() + 256);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"");
        attr(svg, "width", Math.round(width * magnification));
        attr(svg, "height", Math.round(height * magnification));
        svg.append(" viewBox=\"0 0 ");
        num(svg, width);
        svg.append(' ');
        num(svg, height);
        svg.append("\">\n").append(body).append("</svg>\n");
        return svg.toString();
    }

    /** Starts the document afresh; an alpha of 0 leaves the background transparent. */
    @Override
    public void clear(int argb, double w, double h) {
        body.setLength(0);
        double alpha = ((argb >>> 24) & 0xFF) / 255.0;
        if (alpha > 0) {
            rect(0, 0, w, h, argb & 0xFFFFFF, alpha, -1);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int rgb, double alpha, double w, double[] dash) {
        body.append("<line");
        attr(body, "x1", x1);
        attr(body, "y1", y1);
        attr(body, "x2", x2);
        attr(body, "y2", y2);
        colourAttr(body, "stroke", rgb);
        attr(body, "stroke-width", w);
        if (dash != null) {
            body.append(" stroke-dasharray=\"");
            for (int i = 0; i < dash.length; i++) {
                if (i > 0) {
                    body.append(',');
                }
                num(body, dash[i]);
            }
            body.append('"');
        }
        opacity(body, "stroke-opacity", alpha);
        body.append("/>\n");
    }

    @Override
    public void arrowHead(double tipX, double tipY, double angle, double size, int rgb, double alpha) {
        polygon(ShapeGeometry.arrowHead(tipX, tipY, angle, size));
        colourAttr(body, "fill", rgb);
        opacity(body, "fill-opacity", alpha);
        body.append("/>\n");
    }

    @Override
    public void shape(NodeShape shape, double cx, double cy, double radius, int fill, int stroke, double strokeWidth,
                      double alpha) {
        switch (shape) {
            case CIRCLE -> {
                body.append("<circle");
                attr(body, "cx", cx);
                attr(body, "cy", cy);
                attr(body, "r", radius);
            }
            case ROUNDED_SQUARE -> {
                double half = ShapeGeometry.halfSide(radius);
                body.append("<rect");
                attr(body, "x", cx - half);
                attr(body, "y", cy - half);
                attr(body, "width", 2 * half);
                attr(body, "height", 2 * half);
                attr(body, "rx", ShapeGeometry.cornerRadius(radius));
            }
            default -> polygon(ShapeGeometry.polygon(shape, cx, cy, radius));
        }
        paint(fill, stroke, strokeWidth, alpha);
        body.append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, double size, int rgb, boolean bold, TextAnchor anchor, int haloRgb) {
        body.append("<text");
        attr(body, "x", x);
        attr(body, "y", y);
        body.append(" font-family=\"").append(FONT_FAMILY).append('"');
        attr(body, "font-size", size);
        if (bold) {
            body.append(" font-weight=\"bold\"");
        }
        if (anchor != TextAnchor.START) {
            body.append(" text-anchor=\"").append(anchor == TextAnchor.MIDDLE ? "middle" : "end").append('"');
        }
        colourAttr(body, "fill", rgb);
        if (haloRgb != -1) {
            colourAttr(body, "stroke", haloRgb);
            attr(body, "stroke-width", Painter.haloWidth(size));
            body.append(" stroke-linejoin=\"round\" paint-order=\"stroke\"");
        }
        body.append('>');
        XmlText.appendEscaped(body, text);
        body.append("</text>\n");
    }

    @Override
    public void rect(double x, double y, double w, double h, int fill, double alpha, int stroke) {
        body.append("<rect");
        attr(body, "x", x);
        attr(body, "y", y);
        attr(body, "width", w);
        attr(body, "height", h);
        paint(fill, stroke, 1, alpha);
        body.append("/>\n");
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return AwtTextMetrics.INSTANCE.textWidth(text, size, bold);
    }

    private void polygon(double[] points) {
        body.append("<polygon points=\"");
        for (int i = 0; i < points.length; i += 2) {
            if (i > 0) {
                body.append(' ');
            }
            num(body, points[i]);
            body.append(',');
            num(body, points[i + 1]);
        }
        body.append('"');
    }

    private void paint(int fill, int stroke, double strokeWidth, double alpha) {
        if (fill == -1) {
            body.append(" fill=\"none\"");
        } else {
            colourAttr(body, "fill", fill);
            opacity(body, "fill-opacity", alpha);
        }
        if (stroke != -1 && strokeWidth > 0) {
            colourAttr(body, "stroke", stroke);
            attr(body, "stroke-width", strokeWidth);
            opacity(body, "stroke-opacity", alpha);
        }
    }

    private static void attr(StringBuilder out, String name, double value) {
        out.append(' ').append(name).append("=\"");
        num(out, value);
        out.append('"');
    }

    private static void colourAttr(StringBuilder out, String name, int rgb) {
        out.append(' ').append(name).append("=\"#");
        for (int shift = 20; shift >= 0; shift -= 4) {
            out.append(HEX[(rgb >> shift) & 0xF]);
        }
        out.append('"');
    }

    private static void opacity(StringBuilder out, String name, double alpha) {
        if (alpha < 1) {
            attr(out, name, Math.max(0, alpha));
        }
    }

    /**
     * Appends a number with at most two decimals and a dot, whatever the default locale: far faster than
     * {@code String.format} for the hundred thousand coordinates of a large graph.
     */
    static void num(StringBuilder out, double value) {
        long hundredths = Double.isFinite(value) ? Math.round(value * 100) : 0;
        if (hundredths < 0) {
            out.append('-');
            hundredths = -hundredths;
        }
        out.append(hundredths / 100);
        long fraction = hundredths % 100;
        if (fraction != 0) {
            out.append('.');
            if (fraction < 10) {
                out.append('0').append(fraction);
            } else {
                out.append(fraction % 10 == 0 ? fraction / 10 : fraction);
            }
        }
    }
}
