package org.backchannel.app.overview;

import java.util.Optional;
import org.backchannel.app.StartupClock;
import org.backchannel.dataset.DatasetException;
import org.backchannel.perspective.PerspectiveShelf;
import org.backchannel.session.StoreIdentity;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.ImportResult;
import org.backchannel.store.StoreSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What opening a store found, handed from the background to the UI thread. */
record OpenedStore(ConnectedStore store, Optional<ImportResult> seeded, StoreSummary summary, String notice,
                   Optional<PerspectiveOpening> perspective, StoreIdentity place) {

    private static final Logger LOG = LoggerFactory.getLogger(OpenedStore.class);

    /**
     * Opens the store (slow: in the background), seeds an empty embedded store with the bundled dataset and
     * counts what it holds; someone else's database is read through its perspective. The store's content digest is
     * read afterwards, beside the overview ({@link IdentityReading}); its place (address and database) now.
     *
     * @param shelf where perspectives are kept per store; null to open someone else's database without one
     */
    static OpenedStore open(StoreOverviewViewModel.StoreOpener opener, ConnectedStore.DatasetSource bundled, PerspectiveShelf shelf)
            throws DatasetException {
        ConnectedStore opened = opener.open();
        LOG.info("Store connected {}", StartupClock.sinceJvmStart());
        try {
            ConnectedStore.Contents contents = opened.seedIfEmpty(bundled);
            LOG.info("Store counted {}", StartupClock.sinceJvmStart());
            Optional<PerspectiveOpening> through = shelf == null ? Optional.empty() : PerspectiveOpening.open(opened, contents.summary(), shelf);
            StoreSummary summary = through.isPresent() ? opened.store().summary() : contents.summary();
            String notice = through.map(p -> p.message() + " ").orElse("") + opened.preparationFound().notice();
            return new OpenedStore(opened, contents.seeded(), summary, notice.strip(), through, StoreIdentities.placeOf(opened));
        } catch (DatasetException | RuntimeException e) {
            opened.close();
            throw e;
        }
    }
}
