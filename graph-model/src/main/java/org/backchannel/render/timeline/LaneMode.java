package org.backchannel.render.timeline;

/** What a lane of the timeline chart stands for. */
public enum LaneMode {
    /** A lane per actor or organization that took part in something dated. */
    ACTORS("Actors", "actor"),
    /** A lane per channel: its lifetime, the exchanges through it, its events and outcomes. */
    CHANNELS("Channels", "channel"),
    /** A lane per state (or, for those not tied to one, the organization they belong to). */
    STATES("States and organizations", "state or organization");

    private final String displayName;
    private final String noun;

    LaneMode(String displayName, String noun) {
        this.displayName = displayName;
        this.noun = noun;
    }

    /** What one lane stands for, in a sentence: "a lane per actor". */
    public String noun() {
        return noun;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
