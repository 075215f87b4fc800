package org.backchannel.render.timeline;

import java.util.List;

/**
 * Something the data flags over a period, drawn as a band across the lanes it concerns with its label:
 * a back and a front channel running side by side, an exchange that went around the official line.
 *
 * @param lanes lane indexes, ascending
 */
public record ChartFlag(String label, List<Integer> lanes, DayRange when) {

    public ChartFlag {
        lanes = List.copyOf(lanes);
        if (lanes.isEmpty()) {
            throw new IllegalArgumentException("a flag is drawn on at least one lane");
        }
    }
}
