package org.backchannel.render.timeline;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.backchannel.model.ChannelType;
import org.backchannel.model.LinkType;
import org.backchannel.model.Secrecy;
import org.backchannel.render.Painter;
import org.backchannel.render.Palette;

/**
 * The exchanges of one frame: a band over the days a date may mean (a whole year for {@code 1970}) between
 * the two lanes, a line at its middle in the channel's colour and secrecy dash, and an arrowhead at the
 * receiving lane unless it is mutual (a meeting). Lines of one style go to the painter as one batch; past
 * {@value TimelinePainter#MAX_FINE_EXCHANGES} on the surface they are one-pixel lines, without bands or heads.
 */
final class ExchangeStrokes {

    private static final double WIDTH = 1.8;
    private static final double HEAD = 8;
    private static final double SAME_LANE_REACH = 7;

    private final Palette palette;
    private final TimelineChart chart;
    private final TimelineFrame frame;
    private final TimelineMarks marks;
    private final double[] tops;

    ExchangeStrokes(Palette palette, TimelineChart chart, TimelineFrame frame, TimelineMarks marks, double[] tops) {
        this.palette = palette;
        this.chart = chart;
        this.frame = frame;
        this.marks = marks;
        this.tops = tops;
    }

    /** A batch of lines of one style. */
    private static final class Batch {
        final int rgb;
        final double[] dash;
        double[] xy = new double[64];
        int count;

        Batch(int rgb, double[] dash) {
            this.rgb = rgb;
            this.dash = dash;
        }

        void add(double x1, double y1, double x2, double y2) {
            if (4 * count + 4 > xy.length) {
                xy = Arrays.copyOf(xy, xy.length * 2);
            }
            int o = 4 * count++;
            xy[o] = x1;
            xy[o + 1] = y1;
            xy[o + 2] = x2;
            xy[o + 3] = y2;
        }
    }

    int paint(int first, int last, Painter painter) {
        double bottom = frame.height();
        int onSurface = 0;
        int n = chart.exchanges().size();
        double[] xs = new double[n];
        boolean[] shown = new boolean[n];
        for (int i = 0; i < n; i++) {
            ChartExchange e = chart.exchanges().get(i);
            int top = Math.min(e.fromLane(), e.toLane());
            int low = Math.max(e.fromLane(), e.toLane());
            if (low < first || top > last) {
                continue;
            }
            double x = frame.x(chart.scale(), e.when().middle());
            if (x < frame.plotLeft() - HEAD || x > frame.width() + HEAD) {
                continue;
            }
            xs[i] = x;
            shown[i] = true;
            onSurface++;
        }
        if (onSurface > TimelinePainter.MAX_FINE_EXCHANGES) {
            paintCoarse(xs, shown, onSurface, bottom, painter);
            return onSurface;
        }
        Map<Long, Batch> batches = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (!shown[i]) {
                continue;
            }
            ChartExchange e = chart.exchanges().get(i);
            int colour = colour(e);
            double y1 = TimelinePainter.centre(tops, e.fromLane());
            double y2 = TimelinePainter.centre(tops, e.toLane());
            double x0 = frame.x(chart.scale(), e.when().from());
            double x1 = frame.x(chart.scale(), e.when().to());
            if (e.fromLane() == e.toLane()) {
                y1 -= SAME_LANE_REACH;
                y2 += SAME_LANE_REACH;
            }
            double top = Math.max(TimelineFrame.AXIS_HEIGHT, Math.min(y1, y2));
            double low = Math.min(bottom, Math.max(y1, y2));
            // Only a date known to the month or year is a span of uncertainty; a day's width is not, however wide the scale draws it.
            if (e.when().days() > 1 && x1 - x0 >= 3) {
                painter.rect(x0, top, x1 - x0, low - top, colour, 0.14, -1);
            }
            if (marks.highlighted().contains(e.linkId())) {
                painter.line(xs[i], top, xs[i], low, palette.highlight(), 1, WIDTH + 6, null);
            }
            batches.computeIfAbsent(((long) colour << 8) | dashKey(e.secrecy()), k -> new Batch(colour, palette.dash(e.secrecy())))
                    .add(xs[i], clamp(y1, bottom), xs[i], clamp(y2, bottom));
        }
        for (Batch batch : batches.values()) {
            painter.lines(batch.xy, batch.count, batch.rgb, 1, WIDTH, batch.dash);
        }
        for (int i = 0; i < n; i++) {
            ChartExchange e = chart.exchanges().get(i);
            if (!shown[i] || e.fromLane() == e.toLane() || e.mutual()) {
                continue;
            }
            double y1 = TimelinePainter.centre(tops, e.fromLane());
            double y2 = TimelinePainter.centre(tops, e.toLane());
            if (y2 >= TimelineFrame.AXIS_HEIGHT && y2 <= bottom) {
                double down = Math.signum(y2 - y1);
                // The tip stops short of the lane line, where the receiving lane's markers sit.
                painter.arrowHead(xs[i], y2 - down * 2, down > 0 ? Math.PI / 2 : -Math.PI / 2, HEAD, colour(e), 1);
            }
        }
        return onSurface;
    }

    private void paintCoarse(double[] xs, boolean[] shown, int count, double bottom, Painter painter) {
        double[] xy = new double[4 * count];
        int[] argb = new int[count];
        int k = 0;
        for (int i = 0; i < xs.length; i++) {
            if (!shown[i]) {
                continue;
            }
            ChartExchange e = chart.exchanges().get(i);
            double y1 = clamp(TimelinePainter.centre(tops, e.fromLane()), bottom);
            double y2 = clamp(TimelinePainter.centre(tops, e.toLane()), bottom);
            if (e.fromLane() == e.toLane()) {
                y1 -= SAME_LANE_REACH;
                y2 += SAME_LANE_REACH;
            }
            xy[4 * k] = xs[i];
            xy[4 * k + 1] = y1;
            xy[4 * k + 2] = xs[i];
            xy[4 * k + 3] = y2;
            argb[k++] = 0xB4000000 | colour(e);
        }
        painter.coarseLines(xy, argb, k);
    }

    private int colour(ChartExchange e) {
        ChannelType type = e.channelType();
        return type != null ? palette.channelColour(type) : palette.linkColour(LinkType.SPOKE_WITH);
    }

    private static double clamp(double y, double bottom) {
        return Math.max(TimelineFrame.AXIS_HEIGHT, Math.min(bottom, y));
    }

    private static int dashKey(Secrecy secrecy) {
        return secrecy == null ? 255 : secrecy.ordinal();
    }
}
