package org.backchannel.render.timeline;

import org.backchannel.render.Painter;
import org.backchannel.render.Palette;
import org.backchannel.render.TextAnchor;

/**
 * The parts of {@link TimelinePainter}'s work that only a chart with lane groups or flags has: the group
 * headings across the chart, and each flag as a band over its lanes and period with its label.
 */
final class GroupAndFlagPainter {

    /** Room a group heading takes above its first lane; {@link TimelineFrame} leaves it. */
    static final double HEADING = 20;
    private static final int HEADING_FILL = 0xE8ECF2;
    private static final int HEADING_TEXT = 0x33404F;
    static final int FLAG = 0xC77700;
    private static final double FLAG_TEXT = 9.5;
    static final double[] FLAG_DASH = {4, 3};

    private final Palette palette;

    GroupAndFlagPainter(Palette palette) {
        this.palette = palette;
    }

    void paintGroups(TimelineChart chart, TimelineFrame frame, double[] tops, Painter painter) {
        for (LaneGroup group : chart.groups()) {
            double y = tops[group.firstLane()] - HEADING;
            if (y + HEADING < TimelineFrame.AXIS_HEIGHT || y > frame.height()) {
                continue;
            }
            painter.rect(0, y, frame.width(), HEADING, HEADING_FILL, 1, -1);
            painter.line(0, y, frame.width(), y, 0xB9C2CF, 1, 1, null);
            painter.text(group.title(), 8, y + HEADING * 0.7, TimelineFrame.LABEL_SIZE, HEADING_TEXT, true, TextAnchor.START, -1);
        }
    }

    /**
     * A band on each of a flag's lanes (only those: a lane between them that the flag does not concern stays clear),
     * behind the bars and exchanges so that what the flag rests on stays readable through it.
     */
    void paintFlagBands(TimelineChart chart, TimelineFrame frame, double[] tops, Painter painter) {
        for (ChartFlag flag : chart.flags()) {
            double x0 = left(chart, frame, flag);
            double x1 = right(chart, frame, flag);
            for (int lane : flag.lanes()) {
                double top = Math.max(TimelineFrame.AXIS_HEIGHT, tops[lane] + 1);
                double bottom = tops[lane] + TimelineFrame.laneHeight(chart.lanes().get(lane)) - 1;
                if (bottom > top) {
                    painter.rect(x0, top, x1 - x0, bottom - top, FLAG, 0.10, -1);
                    painter.line(x0, top, x0, bottom, FLAG, 1, 1.2, FLAG_DASH);
                    painter.line(x1, top, x1, bottom, FLAG, 1, 1.2, FLAG_DASH);
                }
            }
        }
    }

    /**
     * Each flag's label at the top of its first band, inside it where it fits; under the exchanges, so that an
     * exchange the flag rests on is never hidden by the flag's own name.
     */
    void paintFlagLabels(TimelineChart chart, TimelineFrame frame, double[] tops, Painter painter) {
        for (ChartFlag flag : chart.flags()) {
            double x0 = left(chart, frame, flag);
            double x1 = right(chart, frame, flag);
            String label = "\u2691 " + flag.label();
            double width = painter.textWidth(label, FLAG_TEXT, true);
            double x = x0 + 4 + width <= frame.plotRight() ? x0 + 4 : Math.max(frame.plotLeft() + 2, x1 - 4 - width);
            double top = tops[flag.lanes().get(0)] + 1;
            if (top >= TimelineFrame.AXIS_HEIGHT && top <= frame.height()) {
                painter.text(label, x, top + FLAG_TEXT + 1, FLAG_TEXT, FLAG, true, TextAnchor.START, palette.labelHalo());
            }
        }
    }

    private static double left(TimelineChart chart, TimelineFrame frame, ChartFlag flag) {
        return Math.max(frame.plotLeft(), frame.x(chart.scale(), flag.when().from()));
    }

    /** At least a few pixels right of {@link #left}: a flag on one day is still seen. */
    private static double right(TimelineChart chart, TimelineFrame frame, ChartFlag flag) {
        return Math.max(left(chart, frame, flag) + 3, Math.min(frame.plotRight(), frame.x(chart.scale(), flag.when().to())));
    }
}
