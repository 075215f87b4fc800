package org.backchannel.render.timeline;

import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.backchannel.render.NodeShape;
import org.backchannel.render.Painter;
import org.backchannel.render.Palette;
import org.backchannel.render.TextAnchor;

/**
 * Paints a {@link TimelineChart} through a {@link TimelineFrame} onto any {@link Painter}: the one piece of
 * drawing code behind the timeline pane, its PNG and its SVG. Back to front: lanes, breaks and year lines;
 * bars; exchanges; markers; then the lane names and the axis over whatever scrolled under them. What lies
 * outside the surface is skipped, and past {@value #MAX_FINE_EXCHANGES} exchanges on the surface they are
 * drawn as plain one-pixel lines.
 */
public final class TimelinePainter {

    static final int MAX_FINE_EXCHANGES = 3_000;
    /**
     * Names of markers and bars drawn in one frame at most: a crowded frame of a large chart would spend most of
     * its time setting type nobody can read; zooming in brings the names back.
     */
    static final int MAX_NAMES = 150;
    static final int LANE_STRIPE = 0xF6F6F6;
    private static final int LANE_LINE = 0xD4D4D4;
    private static final int YEAR_LINE = 0xE4E4E4;
    private static final int OFFICE_FILL = 0xBDBDBD;
    private static final int MUTED_TEXT = 0x555555;
    private static final double MARKER_RADIUS = 5.5;
    private static final double EXCHANGE_WIDTH = 1.8;
    private static final double BAR_TEXT = 9.5;
    private static final double MARKER_TEXT = 10;

    private final Palette palette;
    private final TimeAxisPainter axis;
    private final GroupAndFlagPainter groupsAndFlags;
    private final GutterPainter gutter;
    /** The index of the chart painted last: panning paints one chart many times. */
    private ChartIndex index;
    /** Names still to be drawn in this frame. */
    private int namesLeft;

    public TimelinePainter(Palette palette) {
        this.palette = palette;
        this.axis = new TimeAxisPainter(palette);
        this.groupsAndFlags = new GroupAndFlagPainter(palette);
        this.gutter = new GutterPainter(palette);
    }

    /** Paints without clearing first; answers how many exchanges, bars and markers it drew. */
    public int paint(TimelineChart chart, TimelineFrame frame, TimelineMarks marks, Painter painter) {
        if (chart.isEmpty()) {
            painter.text("Nothing dated to draw: the chart shows exchanges, channels, offices, events and outcomes with a date.",
                    frame.width() / 2, frame.height() / 2, 12, MUTED_TEXT, false, TextAnchor.MIDDLE, -1);
            return 0;
        }
        index = ChartIndex.of(chart, index);
        namesLeft = MAX_NAMES;
        double[] tops = frame.laneTops(chart);
        int firstLane = firstVisible(tops, TimelineFrame.AXIS_HEIGHT);
        int lastLane = lastVisible(tops, frame.height());
        List<TimeTicks.Tick> ticks = TimeTicks.of(chart.scale(), frame);
        paintLanes(chart, frame, marks, tops, firstLane, lastLane, painter);
        axis.paintBreaks(chart, frame, painter, false);
        for (TimeTicks.Tick tick : ticks) {
            if (tick.level() == TimeTicks.Level.YEAR && !tick.label().isEmpty()) {
                painter.line(tick.x(), TimelineFrame.AXIS_HEIGHT, tick.x(), Math.min(frame.height(), tops[tops.length - 1]),
                        YEAR_LINE, 1, 1, null);
            }
        }
        groupsAndFlags.paintFlagBands(chart, frame, tops, painter);
        groupsAndFlags.paintFlagLabels(chart, frame, tops, painter);
        int drawn = paintBars(chart, frame, marks, tops, firstLane, lastLane, painter);
        drawn += new ExchangeStrokes(palette, chart, frame, marks, tops).paint(firstLane, lastLane, painter);
        drawn += paintMarkers(chart, frame, marks, tops, firstLane, lastLane, painter);
        gutter.paint(chart, frame, marks, tops, firstLane, lastLane, painter);
        groupsAndFlags.paintGroups(chart, frame, tops, painter);
        axis.paint(chart, frame, ticks, painter);
        return drawn;
    }

    private static int firstVisible(double[] tops, double from) {
        int i = 0;
        while (i < tops.length - 1 && tops[i + 1] <= from) {
            i++;
        }
        return i;
    }

    private static int lastVisible(double[] tops, double to) {
        int i = tops.length - 2;
        while (i > 0 && tops[i] >= to) {
            i--;
        }
        return i;
    }

    static double centre(double[] tops, int lane) {
        return tops[lane] + TimelineFrame.LANE_CENTRE;
    }

    private void paintLanes(TimelineChart chart, TimelineFrame frame, TimelineMarks marks, double[] tops, int first, int last,
                            Painter painter) {
        for (int i = first; i <= last; i++) {
            double h = tops[i + 1] - tops[i];
            if (marks.selected().contains(chart.lanes().get(i).nodeId())) {
                painter.rect(0, tops[i], frame.width(), h, palette.highlight(), 0.35, -1);
            } else if (i % 2 == 1) {
                painter.rect(0, tops[i], frame.width(), h, LANE_STRIPE, 1, -1);
            }
            painter.line(frame.plotLeft(), centre(tops, i), frame.width(), centre(tops, i), LANE_LINE, 1, 1, null);
        }
    }

    private int paintBars(TimelineChart chart, TimelineFrame frame, TimelineMarks marks, double[] tops, int first, int last,
                          Painter painter) {
        double end = frame.x(chart.scale(), chart.scale().lastDay());
        List<ChartBar> bars = chart.bars();
        Set<String> named = new HashSet<>();
        int drawn = 0;
        for (int k = index.barStart[first]; k < index.barStart[last + 1]; k++) {
            int i = index.bars[k];
            ChartBar bar = bars.get(i);
            double x0 = frame.x(chart.scale(), bar.when().from());
            double x1 = bar.open() ? end : frame.x(chart.scale(), bar.when().to());
            if (x1 < frame.plotLeft() || x0 > frame.width()) {
                continue;
            }
            // A bar's name may run on until the next bar of its row.
            double next = index.nextOnRow[i] == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : frame.x(chart.scale(), index.nextOnRow[i]);
            drawn++;
            double rowTop = tops[bar.lane()] + TimelineFrame.LANE_BASE + bar.row() * TimelineFrame.BAR_ROW;
            double y = rowTop + 9;
            boolean selected = marks.selected().contains(bar.id());
            int colour = bar.isChannel() ? palette.channelColour(bar.channelType()) : OFFICE_FILL;
            if (selected || marks.highlighted().contains(bar.id())) {
                painter.rect(x0 - 2, y - 4.5, x1 - x0 + 4, 9, selected ? palette.selection() : palette.highlight(), selected ? 0.25 : 1, -1);
            }
            if (bar.isChannel()) {
                painter.line(x0, y, x1, y, colour, 1, 4, palette.dash(bar.secrecy()));
            } else {
                painter.rect(x0, y - 2.5, x1 - x0, 5, colour, 1, -1);
            }
            if (bar.open()) {
                painter.arrowHead(x1 + 6, y, 0, 7, colour, 1);
            }
            double textX = Math.max(x0, frame.plotLeft()) + 1;
            double room = Math.min(next, frame.width()) - textX - 6;
            // A channel drawn on each of its parties' lanes is named once, on the uppermost lane with room.
            if (namesLeft > 0 && painter.textWidth(bar.label(), BAR_TEXT, false) <= room && (!bar.isChannel() || named.add(bar.id()))) {
                namesLeft--;
                painter.text(bar.label(), textX, rowTop + 4.5, BAR_TEXT, bar.isChannel() ? colour : MUTED_TEXT, false,
                        TextAnchor.START, -1);
            }
        }
        return drawn;
    }

    private int paintMarkers(TimelineChart chart, TimelineFrame frame, TimelineMarks marks, double[] tops, int first, int last,
                             Painter painter) {
        LabelSpace labels = new LabelSpace(chart.lanes().size());
        int drawn = 0;
        for (int m : index.markersOn(first, last)) {
            ChartMarker marker = chart.markers().get(m);
            int top = marker.lanes().get(0);
            int bottom = marker.lanes().get(marker.lanes().size() - 1);
            if (bottom < first || top > last) {
                continue;
            }
            double x0 = frame.x(chart.scale(), marker.when().from());
            double x1 = frame.x(chart.scale(), marker.when().to());
            if (x1 < frame.plotLeft() - MARKER_RADIUS || x0 > frame.width() + MARKER_RADIUS) {
                continue;
            }
            drawn++;
            double x = (x0 + x1) / 2;
            int fill = palette.nodeFill(marker.kind());
            NodeShape shape = palette.shape(marker.kind());
            boolean selected = marks.selected().contains(marker.nodeId());
            boolean lit = marks.highlighted().contains(marker.nodeId());
            if (top != bottom) {
                painter.line(x, centre(tops, top), x, centre(tops, bottom), fill, 0.55, 1.2, new double[] {2, 2});
            }
            for (int lane : marker.lanes()) {
                if (lane < first || lane > last) {
                    continue;
                }
                double y = centre(tops, lane);
                if (x1 - x0 >= 3) {
                    painter.rect(x0, y - 4, x1 - x0, 8, fill, 0.3, -1);
                }
                if (lit) {
                    painter.shape(shape, x, y, MARKER_RADIUS + 5, palette.highlight(), -1, 0, 1);
                }
                painter.shape(shape, x, y, MARKER_RADIUS, fill, palette.nodeStroke(marker.kind()), 1.2, 1);
                if (selected) {
                    painter.shape(shape, x, y, MARKER_RADIUS + 3.5, -1, palette.selection(), 2.5, 1);
                }
            }
            label(marker, Math.max(x, x1) + MARKER_RADIUS + 3, Math.min(x, x0) - MARKER_RADIUS - 3, selected, frame, tops,
                    first, last, labels, painter);
        }
        return drawn;
    }

    /**
     * Names a marker beside it on the first of its lanes with room: to its right, else to its left, never off the
     * surface and never over another name, so that a figure cuts none. A selected marker is always named.
     */
    private void label(ChartMarker marker, double right, double left, boolean selected, TimelineFrame frame, double[] tops,
                       int first, int last, LabelSpace labels, Painter painter) {
        if (namesLeft <= 0 && !selected) {
            return;
        }
        double width = painter.textWidth(marker.label(), MARKER_TEXT, selected);
        double[] starts = {right, left - width};
        for (int lane : marker.lanes()) {
            if (lane < first || lane > last) {
                continue;
            }
            for (double start : starts) {
                boolean fits = start >= frame.plotLeft() && start + width <= frame.width() - 2;
                if (fits && (labels.free(lane, start, start + width) || selected)) {
                    painter.text(marker.label(), start, centre(tops, lane) - 4, MARKER_TEXT, palette.label(), selected,
                            TextAnchor.START, palette.labelHalo());
                    labels.take(lane, start, start + width);
                    namesLeft--;
                    return;
                }
            }
        }
    }
}
