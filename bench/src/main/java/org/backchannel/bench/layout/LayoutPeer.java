package org.backchannel.bench.layout;

import org.backchannel.layout.LayoutGraph;
import org.backchannel.layout.LayoutState;

/** One force-directed layout under test, ours or a peer's, driven the same way by every benchmark. */
public interface LayoutPeer {

    /** A short name for tables: "ours", "Gephi ForceAtlas2", … */
    String name();

    /** Builds the peer's own graph and layout state from {@code graph}, starting at {@code start}'s positions. */
    void start(LayoutGraph graph, LayoutState start);

    /** Runs {@code iterations} iterations. */
    void run(int iterations);

    /** Copies the current positions into {@code out}, which has one entry per node. */
    void positionsInto(LayoutState out);

    /** Whether {@link #run} may be called one iteration at a time; a peer that lays out in one call cannot. */
    default boolean steps() {
        return true;
    }
}
