package org.backchannel.render.timeline;

import org.backchannel.render.Painter;
import org.backchannel.render.Palette;
import org.backchannel.render.TextAnchor;

/**
 * The timeline's left column: each lane's shape and name, over whatever scrolled under it, striped and
 * highlighted as its lane is, with a name too long for the column shrunk rather than cut.
 */
final class GutterPainter {

    private final Palette palette;

    GutterPainter(Palette palette) {
        this.palette = palette;
    }

    /** Paints the column for the lanes {@code first} to {@code last}, whose tops on the surface are {@code tops}. */
    void paint(TimelineChart chart, TimelineFrame frame, TimelineMarks marks, double[] tops, int first, int last,
               Painter painter) {
        painter.rect(0, TimelineFrame.AXIS_HEIGHT, frame.gutter(), frame.height() - TimelineFrame.AXIS_HEIGHT, 0xFFFFFF, 1, -1);
        for (int i = first; i <= last; i++) {
            Lane lane = chart.lanes().get(i);
            double y = TimelinePainter.centre(tops, i);
            boolean selected = marks.selected().contains(lane.nodeId());
            if (selected) {
                painter.rect(0, tops[i], frame.gutter(), tops[i + 1] - tops[i], palette.highlight(), 0.35, -1);
            } else if (i % 2 == 1) {
                painter.rect(0, tops[i], frame.gutter(), tops[i + 1] - tops[i], TimelinePainter.LANE_STRIPE, 1, -1);
            }
            painter.shape(palette.shape(lane.kind()), 12, y, 4.5, palette.nodeFill(lane.kind()), palette.nodeStroke(lane.kind()), 1, 1);
            double size = TimelineFrame.LABEL_SIZE;
            double room = frame.gutter() - 30;
            double width = painter.textWidth(lane.label(), size, true);
            if (width > room) {
                // Shrunk, never cut: a name is what the lane is.
                size = Math.max(7, size * room / width);
            }
            painter.text(lane.label(), 22, y + 4, size, palette.label(), selected, TextAnchor.START, -1);
        }
        painter.line(frame.gutter() - 0.5, TimelineFrame.AXIS_HEIGHT, frame.gutter() - 0.5, frame.height(), 0xC8C8C8, 1, 1, null);
    }
}
