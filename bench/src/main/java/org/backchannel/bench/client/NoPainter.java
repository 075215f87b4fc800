package org.backchannel.bench.client;

import org.backchannel.render.NodeShape;
import org.backchannel.render.Painter;
import org.backchannel.render.TextAnchor;

/** Paints nothing: the heap probe wants what painting keeps, not the picture. */
final class NoPainter implements Painter {
    @Override
    public void clear(int argb, double width, double height) {
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int rgb, double alpha, double width, double[] dash) {
    }

    @Override
    public void raster(org.backchannel.render.LineRaster pixels, double x, double y, long version) {
    }

    @Override
    public void arrowHead(double tipX, double tipY, double angle, double size, int rgb, double alpha) {
    }

    @Override
    public void shape(NodeShape shape, double cx, double cy, double radius, int fill, int stroke, double strokeWidth, double alpha) {
    }

    @Override
    public void text(String text, double x, double y, double size, int rgb, boolean bold, TextAnchor anchor, int haloRgb) {
    }

    @Override
    public void rect(double x, double y, double w, double h, int fill, double alpha, int stroke) {
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return 0.6 * size * text.length();
    }
}
