package org.backchannel.app.path;

/** Which paths the pane looks for. */
public enum PathMode {
    /** The store's shortest paths along any link (a capped scene's missing nodes count). */
    SHORTEST_ANY_LINK("Shortest · any link"),
    /** The scene's shortest path along exchanges ({@code spoke-with}) only. */
    SHORTEST_EXCHANGES("Shortest · exchanges only"),
    /** In the scene, every step no earlier than the one before; the message arrives as early as the dates allow. */
    IN_TIME_EARLIEST("In time · earliest arrival"),
    /** In the scene, every step no earlier than the one before; as few steps as possible. */
    IN_TIME_FEWEST_HOPS("In time · fewest hops");

    private final String label;

    PathMode(String label) {
        this.label = label;
    }

    /** Whether the question is asked of the loaded scene rather than the store. */
    public boolean onScene() {
        return this != SHORTEST_ANY_LINK;
    }

    @Override
    public String toString() {
        return label;
    }
}
