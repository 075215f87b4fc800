package org.backchannel.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A painter that only remembers what it was asked to draw, in order, so that tests can check the drawing
 * code without pixels or fonts. Text is a fixed 0.6 em per character.
 */
final class RecordingPainter implements Painter {

    sealed interface Call permits Clear, Line, Arrow, Shape, Text, Rect, Raster {
    }

    record Clear(int argb, double width, double height) implements Call {
    }

    record Line(double x1, double y1, double x2, double y2, int rgb, double alpha, double width, double[] dash)
            implements Call {
    }

    record Arrow(double tipX, double tipY, double angle, double size, int rgb, double alpha) implements Call {
    }

    record Shape(NodeShape shape, double cx, double cy, double radius, int fill, int stroke, double strokeWidth,
                 double alpha) implements Call {
    }

    record Text(String text, double x, double y, double size, int rgb, boolean bold, TextAnchor anchor, int halo)
            implements Call {
    }

    record Rect(double x, double y, double w, double h, int fill, double alpha, int stroke) implements Call {
    }

    record Raster(LineRaster pixels, double x, double y, long version) implements Call {
    }

    final List<Call> calls = new ArrayList<>();

    <T extends Call> List<T> calls(Class<T> type) {
        return calls.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<String> texts() {
        return calls(Text.class).stream().map(Text::text).toList();
    }

    int firstIndexOf(Class<? extends Call> type) {
        for (int i = 0; i < calls.size(); i++) {
            if (type.isInstance(calls.get(i))) {
                return i;
            }
        }
        return -1;
    }

    int lastIndexOf(Class<? extends Call> type) {
        for (int i = calls.size() - 1; i >= 0; i--) {
            if (type.isInstance(calls.get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void raster(LineRaster pixels, double x, double y, long version) {
        calls.add(new Raster(pixels, x, y, version));
    }

    @Override
    public void clear(int argb, double width, double height) {
        calls.add(new Clear(argb, width, height));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int rgb, double alpha, double width, double[] dash) {
        calls.add(new Line(x1, y1, x2, y2, rgb, alpha, width, dash));
    }

    @Override
    public void arrowHead(double tipX, double tipY, double angle, double size, int rgb, double alpha) {
        calls.add(new Arrow(tipX, tipY, angle, size, rgb, alpha));
    }

    @Override
    public void shape(NodeShape shape, double cx, double cy, double radius, int fill, int stroke, double strokeWidth,
                      double alpha) {
        calls.add(new Shape(shape, cx, cy, radius, fill, stroke, strokeWidth, alpha));
    }

    @Override
    public void text(String text, double x, double y, double size, int rgb, boolean bold, TextAnchor anchor, int haloRgb) {
        calls.add(new Text(text, x, y, size, rgb, bold, anchor, haloRgb));
    }

    @Override
    public void rect(double x, double y, double w, double h, int fill, double alpha, int stroke) {
        calls.add(new Rect(x, y, w, h, fill, alpha, stroke));
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return 0.6 * size * text.codePointCount(0, text.length());
    }
}
