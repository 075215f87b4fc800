package org.backchannel.app.overview;

import java.util.Optional;
import org.backchannel.session.StoreIdentity;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.ImportResult;
import org.backchannel.store.StoreSummary;

/** What opening a store found, handed from the background to the UI thread. */
record OpenedStore(ConnectedStore store, Optional<ImportResult> seeded, StoreSummary summary, String notice,
                   StoreIdentity identity, Optional<PerspectiveOpening> perspective) {
}
