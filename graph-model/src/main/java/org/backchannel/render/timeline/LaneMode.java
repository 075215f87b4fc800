package org.backchannel.render.timeline;

/** What a lane of the timeline chart stands for. */
public enum LaneMode {
    /** A lane per actor or organization that took part in something dated. */
    ACTORS("Actors"),
    /** A lane per channel: its lifetime, the exchanges through it, its events and outcomes. */
    CHANNELS("Channels"),
    /** A lane per state (or, for those not tied to one, the organization they belong to). */
    STATES("States and organizations");

    private final String displayName;

    LaneMode(String displayName) {
        this.displayName = displayName;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
