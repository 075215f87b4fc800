package org.backchannel.render.timeline;

import org.backchannel.render.TextMetrics;

/**
 * Which part of the chart is on the surface, and where: lane names in a gutter on the left, the time axis
 * on top, lanes under it. Zooming and panning in time change {@code uStart} and {@code pxPerU}; scrolling
 * through the lanes changes {@code scrollY}. The screen, the PNG and the SVG all paint through one of these.
 *
 * @param uStart the axis position ({@link TimeScale#u}) at the left edge of the plot
 * @param pxPerU pixels per whole axis
 */
public record TimelineFrame(double width, double height, double gutter, double uStart, double pxPerU, double scrollY) {

    public static final double AXIS_HEIGHT = 40;
    /** The lane line sits this far under a lane's top; bar rows follow under {@link #LANE_BASE}. */
    static final double LANE_CENTRE = 12;
    static final double LANE_BASE = 24;
    static final double BAR_ROW = 13;
    static final double LABEL_SIZE = 11;
    private static final double RIGHT_PAD = 16;
    private static final double MIN_GUTTER = 90;
    private static final double MAX_GUTTER = 300;
    private static final double MAX_GUTTER_SHARE = 0.25;
    /** The plot shows a little before the first day and after the last one, so that markers at the ends are whole. */
    private static final double END_MARGIN = 0.015;

    public TimelineFrame {
        if (!(pxPerU > 0) || !Double.isFinite(pxPerU) || !Double.isFinite(uStart) || !Double.isFinite(scrollY)) {
            throw new IllegalArgumentException("a timeline frame needs a finite, positive scale: " + pxPerU);
        }
    }

    /** The whole time axis across the plot, from the first lane. */
    public static TimelineFrame fit(TimelineChart chart, double width, double height, TextMetrics metrics) {
        // On a narrow pane the names give way (they shrink) before the time axis does.
        double gutter = Math.max(MIN_GUTTER, Math.min(gutterFor(chart, metrics), width * MAX_GUTTER_SHARE));
        double plot = Math.max(50, width - gutter - RIGHT_PAD);
        return new TimelineFrame(width, height, gutter, -END_MARGIN, plot / (1 + 2 * END_MARGIN), 0);
    }

    /** Room for the longest lane name and its kind's mark. */
    static double gutterFor(TimelineChart chart, TextMetrics metrics) {
        double widest = 0;
        for (Lane lane : chart.lanes()) {
            widest = Math.max(widest, metrics.textWidth(lane.label(), LABEL_SIZE, true));
        }
        return Math.max(MIN_GUTTER, Math.min(MAX_GUTTER, widest + 34));
    }

    /** The height of all the lanes with the axis: what a figure needs to show every lane. */
    public static double contentHeight(TimelineChart chart) {
        double h = AXIS_HEIGHT + 6;
        for (int i = 0; i < chart.lanes().size(); i++) {
            h += laneHeight(chart.lanes().get(i)) + (chart.headsGroup(i) ? GroupAndFlagPainter.HEADING : 0);
        }
        return h;
    }

    static double laneHeight(Lane lane) {
        return LANE_BASE + lane.barRows() * BAR_ROW;
    }

    public double plotLeft() {
        return gutter;
    }

    public double plotRight() {
        return width - RIGHT_PAD;
    }

    public double x(TimeScale scale, double day) {
        return gutter + (scale.u(day) - uStart) * pxPerU;
    }

    public double day(TimeScale scale, double x) {
        return scale.day(uStart + (x - gutter) / pxPerU);
    }

    /** Moved in time by a distance in pixels (a drag), and down the lanes by another. */
    public TimelineFrame panBy(double dx, double dy, double maxScroll) {
        return new TimelineFrame(width, height, gutter, uStart - dx / pxPerU, pxPerU, Math.max(0, Math.min(maxScroll, scrollY - dy)));
    }

    /** Zoomed in time by a factor, keeping the moment under {@code x} where it is. */
    public TimelineFrame zoomAt(double factor, double x) {
        double u = uStart + (x - gutter) / pxPerU;
        double scale = Math.max(50, Math.min(5e7, pxPerU * factor));
        return new TimelineFrame(width, height, gutter, u - (x - gutter) / scale, scale, scrollY);
    }

    /** The same view on a surface of another size. */
    public TimelineFrame resized(double newWidth, double newHeight) {
        double scale = pxPerU * Math.max(50, newWidth - gutter - RIGHT_PAD) / Math.max(50, width - gutter - RIGHT_PAD);
        return new TimelineFrame(newWidth, newHeight, gutter, uStart, scale, scrollY);
    }

    /** The top of each lane on the surface, and one past the last: {@code tops[i + 1] - tops[i]} is lane i's height. */
    public double[] laneTops(TimelineChart chart) {
        double[] tops = new double[chart.lanes().size() + 1];
        tops[0] = AXIS_HEIGHT + 6 - scrollY + (chart.headsGroup(0) ? GroupAndFlagPainter.HEADING : 0);
        for (int i = 0; i < chart.lanes().size(); i++) {
            // A group heading sits in the room left above its first lane.
            tops[i + 1] = tops[i] + laneHeight(chart.lanes().get(i)) + (chart.headsGroup(i + 1) ? GroupAndFlagPainter.HEADING : 0);
        }
        return tops;
    }
}
