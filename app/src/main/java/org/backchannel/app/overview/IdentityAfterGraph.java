package org.backchannel.app.overview;

import org.backchannel.exploration.ExplorationEvent;
import org.backchannel.exploration.ExplorationListener;

/**
 * Asks for the open store's content digest once its graph has come into the exploration (the overview loaded,
 * or the last session reopened over it), so that the digest's read of the whole store does not share the cores
 * with them (decision 0042). {@link StoreOverviewViewModel#readIdentity} reads it once per store opened.
 */
public final class IdentityAfterGraph implements ExplorationListener {

    private final Runnable readIdentity;

    public IdentityAfterGraph(Runnable readIdentity) {
        this.readIdentity = readIdentity;
    }

    @Override
    public void changed(ExplorationEvent event) {
        if (event.startsOver()) {
            readIdentity.run();
        }
    }
}
