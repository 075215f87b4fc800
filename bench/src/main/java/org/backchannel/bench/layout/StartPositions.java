package org.backchannel.bench.layout;

import org.backchannel.layout.DrawingLayout;
import org.backchannel.layout.LayoutState;

/**
 * Where every peer starts: the app's seeded disc (app's {@code LayoutFactory.initialState} with nothing placed yet),
 * magnified for the peer's scaling ratio as the app would magnify it, so that every peer starts from the same
 * picture at the size its own forces settle at.
 */
public final class StartPositions {

    /** The scaling ratio Gephi runs with here (the paper's). */
    public static final double PAPER_SCALING = 2;

    private StartPositions() {
    }

    /** The app's start, at the app's scaling. */
    public static LayoutState of(int nodeCount) {
        return DrawingLayout.startDisc(nodeCount, OurForceAtlas2.SEED);
    }

    /** The app's start magnified for another scaling ratio. */
    public static LayoutState of(int nodeCount, double scalingRatio) {
        return DrawingLayout.startDisc(nodeCount, OurForceAtlas2.SEED, scalingRatio);
    }
}
