package org.backchannel.bench.layout;

import org.backchannel.layout.DrawingLayout;
import org.backchannel.layout.LayoutState;

/** Where every peer starts: the app's seeded disc (app's {@code LayoutFactory.initialState} with nothing placed yet). */
public final class StartPositions {

    private StartPositions() {
    }

    public static LayoutState of(int nodeCount) {
        return DrawingLayout.startDisc(nodeCount, OurForceAtlas2.SEED);
    }
}
