package org.backchannel.render.timeline;

import java.util.List;
import org.backchannel.render.Painter;
import org.backchannel.render.Palette;
import org.backchannel.render.TextAnchor;

/** The time axis over the chart, its ticks and names, and the marks of the stretches cut out of it. */
final class TimeAxisPainter {

    private static final int BREAK_FILL = 0xE9E9E9;
    private static final int AXIS_LINE = 0x8A8A8A;
    private static final int MUTED_TEXT = 0x555555;

    private final Palette palette;

    TimeAxisPainter(Palette palette) {
        this.palette = palette;
    }

    void paint(TimelineChart chart, TimelineFrame frame, List<TimeTicks.Tick> ticks, Painter painter) {
        painter.rect(0, 0, frame.width(), TimelineFrame.AXIS_HEIGHT, 0xFFFFFF, 1, -1);
        double base = TimelineFrame.AXIS_HEIGHT - 0.5;
        painter.line(frame.plotLeft(), base, frame.width(), base, AXIS_LINE, 1, 1, null);
        double[] labelEnd = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (TimeTicks.Tick tick : ticks) {
            if (tick.x() < frame.plotLeft() - 1 || tick.x() > frame.width()) {
                continue;
            }
            // Where the axis changes pace, ticks of one level can crowd: a name that would overlap the last is left out.
            int level = tick.level().ordinal();
            double size = tick.level() == TimeTicks.Level.DAY ? 8 : tick.level() == TimeTicks.Level.MONTH ? 9.5 : 11;
            double textWidth = painter.textWidth(tick.label(), size, tick.level() == TimeTicks.Level.YEAR);
            double textStart = tick.level() == TimeTicks.Level.DAY ? tick.x() - textWidth / 2 : tick.x();
            if (textStart < labelEnd[level]) {
                tick = new TimeTicks.Tick(tick.x(), tick.level(), "");
            } else if (!tick.label().isEmpty()) {
                labelEnd[level] = textStart + textWidth + 8;
            }
            switch (tick.level()) {
                case YEAR -> {
                    painter.line(tick.x(), base - (tick.label().isEmpty() ? 5 : 26), tick.x(), base, AXIS_LINE, 1, 1, null);
                    painter.text(tick.label(), tick.x() + 3, 13, 11, palette.label(), true, TextAnchor.START, -1);
                }
                case MONTH -> {
                    painter.line(tick.x(), base - 12, tick.x(), base, AXIS_LINE, 1, 1, null);
                    painter.text(tick.label(), tick.x() + 2, 27, 9.5, MUTED_TEXT, false, TextAnchor.START, -1);
                }
                case DAY -> {
                    painter.line(tick.x(), base - 3, tick.x(), base, AXIS_LINE, 1, 1, null);
                    painter.text(tick.label(), tick.x(), 37, 8, MUTED_TEXT, false, TextAnchor.MIDDLE, -1);
                }
            }
        }
        paintBreaks(chart, frame, painter, true);
        painter.rect(0, 0, frame.gutter(), TimelineFrame.AXIS_HEIGHT, 0xFFFFFF, 1, -1);
        painter.text("Time ▸", frame.gutter() - 10, base - 6, 10, MUTED_TEXT, false, TextAnchor.END, -1);
    }

    /** Each cut-out stretch as a grey band across the lanes (or, on the axis, a band with the break's length). */
    void paintBreaks(TimelineChart chart, TimelineFrame frame, Painter painter, boolean onAxis) {
        for (TimeScale.Break cut : chart.scale().breaks()) {
            double x0 = frame.x(chart.scale(), cut.from());
            double x1 = frame.x(chart.scale(), cut.to());
            if (x1 < frame.plotLeft() || x0 > frame.width()) {
                continue;
            }
            if (!onAxis) {
                painter.rect(x0, TimelineFrame.AXIS_HEIGHT, x1 - x0, frame.height() - TimelineFrame.AXIS_HEIGHT, BREAK_FILL, 1, -1);
                continue;
            }
            double top = TimelineFrame.AXIS_HEIGHT - 14;
            painter.rect(x0, top, x1 - x0, 14, 0xFFFFFF, 1, -1);
            double mid = (x0 + x1) / 2;
            // The usual mark of a broken axis: two slanted strokes across it.
            painter.line(mid - 5, TimelineFrame.AXIS_HEIGHT + 4, mid - 1, TimelineFrame.AXIS_HEIGHT - 6, AXIS_LINE, 1, 1.2, null);
            painter.line(mid + 1, TimelineFrame.AXIS_HEIGHT + 4, mid + 5, TimelineFrame.AXIS_HEIGHT - 6, AXIS_LINE, 1, 1.2, null);
            long years = Math.round((cut.to() - cut.from()) / 365.25);
            painter.text(years + " y", mid, TimelineFrame.AXIS_HEIGHT - 10, 9, MUTED_TEXT, false, TextAnchor.MIDDLE, 0xFFFFFF);
        }
    }
}
