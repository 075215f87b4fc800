package org.backchannel.app.overview;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backchannel.app.StartupClock;
import org.backchannel.app.task.BackgroundTasks;
import org.backchannel.session.StoreIdentity;
import org.backchannel.store.ConnectedStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open store's identity as a session records it, read in the background once the store is open: its
 * content digest reads the whole store, so it is read beside the overview's load rather than before it
 * (the background has two threads).
 */
final class IdentityReading {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityReading.class);

    private final ReadOnlyObjectWrapper<StoreIdentity> identity = new ReadOnlyObjectWrapper<>(this, "identity");
    private final BackgroundTasks tasks;

    IdentityReading(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    ReadOnlyObjectProperty<StoreIdentity> identityProperty() {
        return identity.getReadOnlyProperty();
    }

    /**
     * @param stillOpen whether {@code opened} is still the open store when the answer comes
     * @param error     told what went wrong, in words for the user
     */
    void read(ConnectedStore opened, BooleanSupplier stillOpen, Consumer<String> error) {
        tasks.run(() -> StoreIdentities.of(opened), found -> {
            if (stillOpen.getAsBoolean()) {
                LOG.info("Store identified {}", StartupClock.sinceJvmStart());
                identity.set(found);
            }
        }, problem -> {
            if (stillOpen.getAsBoolean()) {
                LOG.warn("The store's identity could not be read", problem);
                error.accept("Backchannel could not read what the store holds, so this session is not saved: " + problem.getMessage());
            }
        });
    }

    void forget() {
        identity.set(null);
    }
}
