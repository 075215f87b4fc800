package org.backchannel.layout;

/**
 * Settings of {@link TimelineLayout}.
 *
 * @param unitsPerYear world units between one year and the next on the x axis
 * @param laneSpacing  world units between lanes, and the least horizontal gap between two nodes in one lane: nodes
 *                     are treated as discs this wide, so nodes of one year (or of years closer than this) are
 *                     stacked in separate lanes instead of drawn on top of each other
 */
public record TimelineOptions(double unitsPerYear, double laneSpacing) {

    public TimelineOptions {
        if (!(unitsPerYear > 0 && unitsPerYear < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("unitsPerYear must be finite and > 0: " + unitsPerYear);
        }
        if (!(laneSpacing > 0 && laneSpacing < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("laneSpacing must be finite and > 0: " + laneSpacing);
        }
    }

    /** A year a little wider than a lane, so that nodes a year apart can share a lane. */
    public static TimelineOptions defaults() {
        return new TimelineOptions(40, 30);
    }

    public TimelineOptions withUnitsPerYear(double value) {
        return new TimelineOptions(value, laneSpacing);
    }

    public TimelineOptions withLaneSpacing(double value) {
        return new TimelineOptions(unitsPerYear, value);
    }
}
