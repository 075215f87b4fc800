package org.backchannel.app.session;

import java.util.Optional;
import org.backchannel.session.Reconciliation;
import org.backchannel.session.Session;
import org.backchannel.session.StoreIdentity;
import org.backchannel.store.GraphStore;

/**
 * The open store as sessions see it. Which session is the store's depends only on its address and database, known
 * as soon as it opens; its content digest reads the whole store, so it comes later, and the last session reopens
 * without waiting for it. Until it comes, a session is compared as if the store's data were the session's, and
 * nothing is saved (a saved session records the digest); once it comes, a changed store is said and saving starts.
 */
final class StoreInUse {

    private final Autosave autosave;
    private GraphStore store;
    /** Null while no store is open; its digest is empty until it is read. */
    private StoreIdentity current;
    private Session reopenedBeforeDigest;
    private boolean saveWhenIdentified;

    StoreInUse(Autosave autosave) {
        this.autosave = autosave;
    }

    /** A store opened: {@code identity}'s digest may be empty, to come through {@link #identified}. */
    void opened(GraphStore opened, StoreIdentity identity) {
        store = opened;
        current = identity;
        reopenedBeforeDigest = null;
        saveWhenIdentified = false;
        autosave.disable();
    }

    /**
     * The store's digest is read; saving starts if it waited for it.
     *
     * @return how the store differs from the one a session reopened before the digest was saved on, if it does
     */
    Optional<String> identified(StoreIdentity identity) {
        current = identity;
        Session reopened = reopenedBeforeDigest;
        reopenedBeforeDigest = null;
        if (saveWhenIdentified) {
            saveWhenIdentified = false;
            autosave.enable(identity);
        }
        return reopened == null ? Optional.empty() : Reconciliation.storeDifference(reopened.store(), identity);
    }

    GraphStore store() {
        return store;
    }

    /** The open store's identity, its digest possibly not read yet; null when none is open. */
    StoreIdentity current() {
        return current;
    }

    boolean isIdentified() {
        return current != null && !current.contentDigest().isEmpty();
    }

    /** The store as {@code session} is checked against now; before the digest is read, as if its data were the session's. */
    StoreIdentity comparedWith(Session session) {
        return isIdentified() ? current : StoreIdentity.of(current.uri(), current.database(), session.store().contentDigest());
    }

    /**
     * The session part of the opening is done: changes are saved from now on, or from when the digest is known.
     *
     * @param reopened the session put over the store, or null
     */
    void sessionDone(Session reopened) {
        if (isIdentified()) {
            autosave.enable(current);
        } else {
            reopenedBeforeDigest = reopened;
            saveWhenIdentified = true;
        }
    }
}
