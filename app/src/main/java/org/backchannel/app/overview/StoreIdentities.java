package org.backchannel.app.overview;

import org.backchannel.session.StoreIdentity;
import org.backchannel.store.ConnectedStore;

/** Which store a session belongs to, for the window and the command line alike; no JavaFX here. */
public final class StoreIdentities {

    private StoreIdentities() {
    }

    /** The store as a session records it: the embedded store by that name, since its port changes at every start. */
    public static StoreIdentity of(ConnectedStore connected) {
        return StoreIdentity.of(connected.isEmbedded() ? StoreIdentity.EMBEDDED : connected.address(), connected.databaseName(),
                connected.store().contentDigest());
    }
}
