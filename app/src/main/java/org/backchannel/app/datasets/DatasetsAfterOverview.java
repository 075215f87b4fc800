package org.backchannel.app.datasets;

import java.util.function.Supplier;
import org.backchannel.exploration.ExplorationEvent;
import org.backchannel.exploration.ExplorationListener;
import org.backchannel.store.GraphStore;

/**
 * Reads the Datasets tab's list once the open store's graph has come (its overview loaded, or the last session
 * reopened over it), not as the store opens: then its query would run beside the overview's, on the same two
 * cores and through a query planner that plans every statement for the first time. Once per store opened.
 */
public final class DatasetsAfterOverview implements ExplorationListener {

    private final Supplier<GraphStore> open;
    private final Runnable refresh;
    private GraphStore listed;

    /**
     * @param open    the store the window has open, or null while none is (the last session's picture is drawn then)
     * @param refresh reads the store's datasets in the background
     */
    public DatasetsAfterOverview(Supplier<GraphStore> open, Runnable refresh) {
        this.open = open;
        this.refresh = refresh;
    }

    @Override
    public void changed(ExplorationEvent event) {
        GraphStore now = open.get();
        if (event.startsOver() && now != null && now != listed) {
            listed = now;
            refresh.run();
        }
    }
}
