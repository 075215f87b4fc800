package org.backchannel.app.graph;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.backchannel.render.LineRaster;
import org.backchannel.render.NodeShape;
import org.backchannel.render.Painter;
import org.backchannel.render.ShapeGeometry;
import org.backchannel.render.TextAnchor;

/** The shared drawing code's primitives over a JavaFX canvas, so the screen looks exactly like an export. */
public final class FxPainter implements Painter {

    private static final String FAMILY = "SansSerif";

    private final GraphicsContext g;
    private final Text measure = new Text();
    private final RasterLayer coarse = new RasterLayer();
    private final LayerImage layer = new LayerImage();

    public FxPainter(GraphicsContext g) {
        this.g = g;
        g.setLineCap(StrokeLineCap.BUTT);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setTextBaseline(VPos.BASELINE);
    }

    @Override
    public void clear(int argb, double width, double height) {
        g.clearRect(0, 0, width, height);
        double alpha = ((argb >>> 24) & 0xFF) / 255.0;
        if (alpha > 0) {
            g.setFill(color(argb & 0xFFFFFF, alpha));
            g.fillRect(0, 0, width, height);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int rgb, double alpha, double width, double[] dash) {
        g.setStroke(color(rgb, alpha));
        g.setLineWidth(width);
        g.setLineDashes(dash);
        g.strokeLine(x1, y1, x2, y2);
        g.setLineDashes((double[]) null);
    }

    /** One path for all the lines: the canvas then rasterises them in one sweep instead of one per line. */
    @Override
    public void lines(double[] xy, int count, int rgb, double alpha, double width, double[] dash) {
        if (count == 0) {
            return;
        }
        g.setStroke(color(rgb, alpha));
        g.setLineWidth(width);
        g.setLineDashes(dash);
        g.beginPath();
        for (int i = 0; i < count; i++) {
            int o = 4 * i;
            g.moveTo(xy[o], xy[o + 1]);
            g.lineTo(xy[o + 2], xy[o + 3]);
        }
        g.stroke();
        g.setLineDashes((double[]) null);
    }

    @Override
    public void coarseLines(double[] xy, int[] argb, int count) {
        coarse.draw(g, xy, argb, count);
    }

    @Override
    public void raster(LineRaster pixels, double x, double y, long version) {
        layer.draw(g, pixels, x, y, version);
    }

    @Override
    public void arrowHead(double tipX, double tipY, double angle, double size, int rgb, double alpha) {
        double spread = Math.PI / 7;
        g.setFill(color(rgb, alpha));
        g.fillPolygon(
                new double[] {tipX, tipX - size * Math.cos(angle - spread), tipX - size * Math.cos(angle + spread)},
                new double[] {tipY, tipY - size * Math.sin(angle - spread), tipY - size * Math.sin(angle + spread)}, 3);
    }

    @Override
    public void shape(NodeShape shape, double cx, double cy, double radius, int fill, int stroke, double strokeWidth,
                      double alpha) {
        g.setLineWidth(strokeWidth);
        g.setLineDashes((double[]) null);
        if (shape == NodeShape.CIRCLE) {
            if (fill != -1) {
                g.setFill(color(fill, alpha));
                g.fillOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
            }
            if (stroke != -1) {
                g.setStroke(color(stroke, alpha));
                g.strokeOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
            }
            return;
        }
        if (shape == NodeShape.ROUNDED_SQUARE) {
            double half = ShapeGeometry.halfSide(radius);
            double arc = 2 * ShapeGeometry.cornerRadius(radius);
            if (fill != -1) {
                g.setFill(color(fill, alpha));
                g.fillRoundRect(cx - half, cy - half, 2 * half, 2 * half, arc, arc);
            }
            if (stroke != -1) {
                g.setStroke(color(stroke, alpha));
                g.strokeRoundRect(cx - half, cy - half, 2 * half, 2 * half, arc, arc);
            }
            return;
        }
        double[] points = ShapeGeometry.polygon(shape, cx, cy, radius);
        int n = points.length / 2;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = points[2 * i];
            ys[i] = points[2 * i + 1];
        }
        if (fill != -1) {
            g.setFill(color(fill, alpha));
            g.fillPolygon(xs, ys, n);
        }
        if (stroke != -1) {
            g.setStroke(color(stroke, alpha));
            g.strokePolygon(xs, ys, n);
        }
    }

    @Override
    public void text(String text, double x, double y, double size, int rgb, boolean bold, TextAnchor anchor, int haloRgb) {
        g.setFont(font(size, bold));
        g.setTextAlign(switch (anchor) {
            case START -> TextAlignment.LEFT;
            case MIDDLE -> TextAlignment.CENTER;
            case END -> TextAlignment.RIGHT;
        });
        if (haloRgb != -1) {
            g.setStroke(color(haloRgb, 0.9));
            g.setLineWidth(Math.max(2, size / 4));
            g.setLineDashes((double[]) null);
            g.strokeText(text, x, y);
        }
        g.setFill(color(rgb, 1));
        g.fillText(text, x, y);
    }

    @Override
    public void rect(double x, double y, double w, double h, int fill, double alpha, int stroke) {
        g.setFill(color(fill, alpha));
        g.fillRect(x, y, w, h);
        if (stroke != -1) {
            g.setStroke(color(stroke, 1));
            g.setLineWidth(1);
            g.setLineDashes((double[]) null);
            g.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
        }
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        measure.setFont(font(size, bold));
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    private static Font font(double size, boolean bold) {
        return Font.font(FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }

    static Color color(int rgb, double alpha) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, Math.max(0, Math.min(1, alpha)));
    }
}
