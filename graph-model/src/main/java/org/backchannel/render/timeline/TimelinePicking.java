package org.backchannel.render.timeline;

/**
 * What lies under a point of the drawn chart: plain geometry over the same frame the painter used, so that a
 * click selects what the analyst sees there.
 */
public final class TimelinePicking {

    private static final double SLOP = 4;
    private static final double MARKER_REACH = 8;

    /** A node (a lane's name, a marker, a bar) or a link (an exchange) under the point. */
    public record Pick(String nodeId, String linkId) {
    }

    private TimelinePicking() {
    }

    /** What is under (x, y), or null for empty chart, the axis or no lane. */
    public static Pick at(TimelineChart chart, TimelineFrame frame, double x, double y) {
        if (y < TimelineFrame.AXIS_HEIGHT || chart.isEmpty()) {
            return null;
        }
        double[] tops = frame.laneTops(chart);
        int lane = laneAt(tops, y);
        if (lane < 0) {
            return null;
        }
        if (x < frame.gutter()) {
            return new Pick(chart.lanes().get(lane).nodeId(), null);
        }
        double centre = TimelinePainter.centre(tops, lane);
        for (ChartMarker marker : chart.markers()) {
            if (marker.lanes().contains(lane) && Math.abs(y - centre) <= MARKER_REACH) {
                double mx = (frame.x(chart.scale(), marker.when().from()) + frame.x(chart.scale(), marker.when().to())) / 2;
                if (Math.abs(x - mx) <= MARKER_REACH) {
                    return new Pick(marker.nodeId(), null);
                }
            }
        }
        for (ChartExchange exchange : chart.exchanges()) {
            double top = TimelinePainter.centre(tops, Math.min(exchange.fromLane(), exchange.toLane())) - SLOP;
            double bottom = TimelinePainter.centre(tops, Math.max(exchange.fromLane(), exchange.toLane())) + SLOP;
            if (exchange.fromLane() == exchange.toLane()) {
                top -= 7;
                bottom += 7;
            }
            if (y >= top && y <= bottom && Math.abs(x - frame.x(chart.scale(), exchange.when().middle())) <= SLOP) {
                return new Pick(null, exchange.linkId());
            }
        }
        double end = frame.x(chart.scale(), chart.scale().lastDay());
        for (ChartBar bar : chart.bars()) {
            double rowTop = tops[bar.lane()] + TimelineFrame.LANE_BASE + bar.row() * TimelineFrame.BAR_ROW;
            double x0 = frame.x(chart.scale(), bar.when().from());
            double x1 = bar.open() ? end : frame.x(chart.scale(), bar.when().to());
            if (bar.lane() == lane && y >= rowTop && y < rowTop + TimelineFrame.BAR_ROW && x >= x0 - SLOP && x <= x1 + SLOP) {
                return new Pick(bar.id(), null);
            }
        }
        return null;
    }

    /** The lane whose band holds y, or -1. */
    static int laneAt(double[] tops, double y) {
        for (int i = 0; i + 1 < tops.length; i++) {
            if (y >= tops[i] && y < tops[i + 1]) {
                return i;
            }
        }
        return -1;
    }

    /** The day under x, for brushing a range of time on the axis. */
    public static double dayAt(TimelineChart chart, TimelineFrame frame, double x) {
        return frame.day(chart.scale(), x);
    }
}
