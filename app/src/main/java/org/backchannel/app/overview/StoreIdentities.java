package org.backchannel.app.overview;

import org.backchannel.session.StoreIdentity;
import org.backchannel.store.ConnectedStore;

/** Which store a session belongs to, for the window and the command line alike; no JavaFX here. */
public final class StoreIdentities {

    private StoreIdentities() {
    }

    /** The store as a session records it: the embedded store by that name, since its port changes at every start. */
    public static StoreIdentity of(ConnectedStore connected) {
        return withDigest(placeOf(connected), connected.store().contentDigest());
    }

    /**
     * Where the store is (address and database), which is what decides whether a session is the store's, with an
     * empty digest: the digest reads the whole store and is read apart ({@link #of}). Asks the store its database's name.
     */
    static StoreIdentity placeOf(ConnectedStore connected) {
        return StoreIdentity.of(connected.isEmbedded() ? StoreIdentity.EMBEDDED : connected.address(), connected.databaseName(), "");
    }

    private static StoreIdentity withDigest(StoreIdentity place, String digest) {
        return StoreIdentity.of(place.uri(), place.database(), digest);
    }
}
