package org.backchannel.layout;

/**
 * A layout that runs in steps, following Gephi's lifecycle, so that a UI can animate a few steps per frame and stop
 * once the layout settles, and a headless caller can simply {@link #run(int)} it.
 */
public interface Layout {

    /**
     * Prepares to lay out {@code graph} by moving {@code state}; the state's current positions are the start.
     *
     * @throws IllegalArgumentException if the state's size differs from the graph's node count
     */
    void init(LayoutGraph graph, LayoutState state);

    /** One iteration. Pinned nodes never move. */
    void step();

    /** Whether further steps would hardly move anything; each implementation documents its criterion. */
    boolean converged();

    /** Steps until converged, or at most {@code maxSteps} times. */
    default void run(int maxSteps) {
        for (int i = 0; i < maxSteps && !converged(); i++) {
            step();
        }
    }
}
