package org.backchannel.render.timeline;

/**
 * A heading over a run of lanes, from {@code firstLane} to the next group's first lane: "Back channels"
 * over the deniable and secret channels of a parallel-channels figure.
 */
public record LaneGroup(String title, int firstLane) {
}
