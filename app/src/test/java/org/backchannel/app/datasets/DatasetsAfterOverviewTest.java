package org.backchannel.app.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;
import org.backchannel.app.testing.UnsupportedGraphStore;
import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.ExplorationEvent;
import org.backchannel.exploration.ExplorationEvent.Cause;
import org.backchannel.store.GraphStore;
import org.junit.jupiter.api.Test;

/** The Datasets tab's list is read once per opened store, after its graph came, not while the store starts. */
class DatasetsAfterOverviewTest {

    private final AtomicReference<GraphStore> open = new AtomicReference<>();
    private int reads;
    private final DatasetsAfterOverview listing = new DatasetsAfterOverview(open::get, () -> reads++);

    private static ExplorationEvent startedOver(Cause cause) {
        return new ExplorationEvent(EnumSet.allOf(Aspect.class), cause);
    }

    @Test
    void theLastSessionsPictureDrawnBeforeTheStoreOpenedReadsNothing() {
        listing.changed(startedOver(Cause.REOPENED));

        assertThat(reads).isZero();
    }

    @Test
    void theStoresGraphReadsTheListOnceAndLaterChangesDoNot() {
        open.set(new UnsupportedGraphStore() { });

        listing.changed(startedOver(Cause.REOPENED));
        listing.changed(startedOver(Cause.LOADED));
        listing.changed(new ExplorationEvent(EnumSet.of(Aspect.SCENE), Cause.COMMAND));

        assertThat(reads).isEqualTo(1);
    }

    @Test
    void anotherStoreOpenedReadsItsOwnList() {
        open.set(new UnsupportedGraphStore() { });
        listing.changed(startedOver(Cause.LOADED));
        open.set(new UnsupportedGraphStore() { });
        listing.changed(new ExplorationEvent(EnumSet.of(Aspect.SCENE), Cause.LOADED));

        assertThat(reads).as("more nodes for a filter are not a new graph").isEqualTo(1);

        listing.changed(startedOver(Cause.LOADED));

        assertThat(reads).isEqualTo(2);
    }
}
