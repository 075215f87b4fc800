package org.backchannel.render;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.model.Secrecy;

/**
 * The links of one layer gathered by stroke style, so that a painter draws each style's segments as one
 * path. Antialiased rasterisers pay per shape for every tile and scan line its bounds cover; a graph of
 * 50,000 links stroked one by one into a 4096-pixel PNG took over 20 s, one path per style a few hundred
 * milliseconds. Highlight bands go under all lines and arrowheads over them, so within a layer the order
 * is by kind of mark rather than by link, which no one can see at the densities where it matters.
 *
 * <p>Coarse batches (see {@link LevelOfDetail#maxFineLinks()}) keep every line in its own colour and
 * order for {@link Painter#coarseLines} and leave out arrowheads.
 */
final class LinkBatches {

    /** A stroke style: colour, opacity, width and the secrecy that decides the dash pattern. */
    private record Style(int rgb, double alpha, double width, Secrecy secrecy) {
    }

    private final Palette palette;
    private final boolean coarse;
    private final Records coarseLines = new Records(4);
    private int[] coarseColours = new int[16];
    private final Map<Style, Records> bands = new LinkedHashMap<>();
    private final Map<Style, Records> lines = new LinkedHashMap<>();
    /** Per arrowhead: tip x, tip y, angle, size, colour, alpha. */
    private final Records arrows = new Records(6);

    LinkBatches(Palette palette, boolean coarse) {
        this.palette = palette;
        this.coarse = coarse;
    }

    void band(double x1, double y1, double x2, double y2, int rgb, double width) {
        bands.computeIfAbsent(new Style(rgb, 1, width, null), s -> new Records(4)).add(x1, y1, x2, y2);
    }

    void line(double x1, double y1, double x2, double y2, int rgb, double alpha, double width, Secrecy secrecy) {
        if (coarse) {
            int i = coarseLines.count();
            coarseLines.add(x1, y1, x2, y2);
            if (i == coarseColours.length) {
                coarseColours = Arrays.copyOf(coarseColours, 2 * i);
            }
            coarseColours[i] = (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255) << 24 | (rgb & 0xFFFFFF);
            return;
        }
        lines.computeIfAbsent(new Style(rgb, alpha, width, secrecy), s -> new Records(4)).add(x1, y1, x2, y2);
    }

    void arrowHead(double tipX, double tipY, double angle, double size, int rgb, double alpha) {
        if (coarse) {
            return;
        }
        double[] a = arrows.append();
        int o = arrows.size - 6;
        a[o] = tipX;
        a[o + 1] = tipY;
        a[o + 2] = angle;
        a[o + 3] = size;
        a[o + 4] = rgb;
        a[o + 5] = alpha;
    }

    /** Paints everything gathered, bands, then lines, then arrowheads, and forgets it. */
    void paintAndClear(Painter painter) {
        if (coarseLines.count() > 0) {
            painter.coarseLines(coarseLines.values, coarseColours, coarseLines.count());
            coarseLines.size = 0;
        }
        for (Map<Style, Records> batch : List.of(bands, lines)) {
            batch.forEach((style, segments) -> painter.lines(segments.values, segments.count(), style.rgb(),
                    style.alpha(), style.width(), palette.dash(style.secrecy())));
            batch.clear();
        }
        double[] a = arrows.values;
        for (int i = 0; i < arrows.count(); i++) {
            int o = 6 * i;
            painter.arrowHead(a[o], a[o + 1], a[o + 2], a[o + 3], (int) a[o + 4], a[o + 5]);
        }
        arrows.size = 0;
    }

    /** A growable array of fixed-width records of doubles. */
    private static final class Records {

        private final int width;
        private double[] values = new double[64];
        private int size;

        Records(int width) {
            this.width = width;
        }

        /** Makes room for one more record at the end and returns the array to write it into. */
        double[] append() {
            if (size + width > values.length) {
                values = Arrays.copyOf(values, 2 * values.length);
            }
            size += width;
            return values;
        }

        void add(double x1, double y1, double x2, double y2) {
            double[] v = append();
            v[size - 4] = x1;
            v[size - 3] = y1;
            v[size - 2] = x2;
            v[size - 1] = y2;
        }

        int count() {
            return size / width;
        }
    }
}
