package org.backchannel.app.connection;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.backchannel.app.task.BackgroundTasks;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.StorePreparation;

/**
 * "Prepare this database for Backchannel": looks up what the open database lacks (reading only),
 * so that the user sees the list before anything is written, and creates it when the user
 * confirms. Opening a database never does this.
 */
public final class PreparationViewModel {

    // Properties
    private final ReadOnlyObjectWrapper<StorePreparation> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    private final BackgroundTasks tasks;
    private final Supplier<ConnectedStore> store;
    private final Runnable onPrepared;

    /**
     * @param store      the open store, or null while none is
     * @param onPrepared what to do once the database is prepared (the open store's notice goes)
     */
    public PreparationViewModel(BackgroundTasks tasks, Supplier<ConnectedStore> store, Runnable onPrepared) {
        this.tasks = tasks;
        this.store = store;
        this.onPrepared = onPrepared;
    }

    /** What preparing would create, once looked up and while it is still to do; null otherwise. */
    public ReadOnlyObjectProperty<StorePreparation> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** What happened last, in words for the user. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The open store, for the confirmation to name it; empty while none is open. */
    public String describeStore() {
        ConnectedStore connected = store.get();
        return connected == null ? "" : connected.describe();
    }

    // Commands

    /** Looks up what the open database lacks; writes nothing. */
    public void lookUp() {
        ConnectedStore connected = store.get();
        plan.set(null);
        if (connected == null) {
            message.set("No store is open.");
            return;
        }
        busy.set(true);
        message.set("Looking at what the database has…");
        tasks.run(connected::preparation, found -> {
            busy.set(false);
            message.set(found.isPrepared() ? "This database is prepared for Backchannel; nothing to do." : "");
            plan.set(found.isPrepared() ? null : found);
        }, this::failed);
    }

    /** Creates what {@link #lookUp()} listed; the user has seen the list and confirmed it. */
    public void prepare() {
        ConnectedStore connected = store.get();
        if (plan.get() == null || connected == null) {
            return;
        }
        plan.set(null);
        busy.set(true);
        message.set("Creating Backchannel's indexes; on a large database this takes a while…");
        tasks.run(connected::prepare, done -> {
            busy.set(false);
            message.set("Created " + done.missing().size() + " indexes and constraints"
                    + (done.nodesWithoutDegree() > 0 ? " and stored the degree of " + done.nodesWithoutDegree() + " nodes" : "") + ".");
            onPrepared.run();
        }, this::failed);
    }

    /** The user did not confirm: nothing is written. */
    public void cancel() {
        plan.set(null);
        message.set("Nothing was written.");
    }

    /** The lines of the confirmation: what would be created. */
    public List<String> steps() {
        return plan.get() == null ? List.of() : plan.get().steps();
    }

    private void failed(Throwable problem) {
        busy.set(false);
        plan.set(null);
        message.set("The database was not prepared: " + problem.getMessage());
    }
}
