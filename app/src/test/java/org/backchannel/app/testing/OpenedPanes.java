package org.backchannel.app.testing;

import org.backchannel.app.explorer.ExplorerPanes;
import org.backchannel.app.task.SameThreadTasks;
import org.backchannel.model.Dataset;

/**
 * The window's view-models over one exploration, with a dataset opened as their store, for toolkit-free
 * view-model tests: background work runs at once on the calling thread, and the store is in memory.
 */
public final class OpenedPanes {

    private OpenedPanes() {
    }

    public static ExplorerPanes of(Dataset dataset) {
        ExplorerPanes panes = new ExplorerPanes(new SameThreadTasks());
        panes.explorer().open(new InMemoryGraphStore(dataset));
        return panes;
    }
}
