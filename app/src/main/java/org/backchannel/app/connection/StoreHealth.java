package org.backchannel.app.connection;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.backchannel.app.task.BackgroundTasks;
import org.backchannel.app.task.TaskHandle;
import org.backchannel.store.GraphStore;
import org.backchannel.store.StoreUnreachableException;

/**
 * Whether the open store answers. Browsing queries go through {@link #query}; when one finds the store
 * gone, the state turns to lost (the view shows a banner, not a dialog), the store is probed with
 * {@link Backoff backing-off} delays, and once it answers the query that failed runs again.
 */
public final class StoreHealth {

    // Properties
    private final ReadOnlyBooleanWrapper lost = new ReadOnlyBooleanWrapper(this, "lost");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(this, "reason", "");

    private final BackgroundTasks tasks;
    private final Backoff backoff;
    private GraphStore store;
    private int attempts;
    private TaskHandle nextProbe = TaskHandle.DONE;
    private Runnable replay;

    public StoreHealth(BackgroundTasks tasks, Backoff backoff) {
        this.tasks = tasks;
        this.backoff = backoff;
    }

    /** True while the store does not answer. */
    /** The background the queries run on, for panes that have slow work of their own to do off the UI thread. */
    public BackgroundTasks tasks() {
        return tasks;
    }

    public ReadOnlyBooleanProperty lostProperty() {
        return lost.getReadOnlyProperty();
    }

    /** For the banner: what happened and when the next attempt is. Empty while all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last attempt failed, in the driver's words with ours; empty while all is well. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** The store queries go to from now on; a new store starts healthy. */
    public void watch(GraphStore opened) {
        store = opened;
        nextProbe.cancel();
        replay = null;
        lost.set(false);
        message.set("");
        reason.set("");
    }

    /**
     * Runs a query in the background; failures go to {@code onFailure} as usual. If the store turned
     * out to be gone, the query is also kept and runs again when the store is back; the latest such
     * query wins, older ones are dropped.
     */
    public <T> TaskHandle query(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return tasks.run(work, onSuccess, problem -> {
            if (problem instanceof StoreUnreachableException) {
                replay = () -> query(work, onSuccess, onFailure);
                becameUnreachable(problem.getMessage());
            }
            onFailure.accept(problem);
        });
    }

    /** The user does not want to wait for the next attempt. */
    public void retryNow() {
        if (lost.get()) {
            nextProbe.cancel();
            probe();
        }
    }

    private void becameUnreachable(String why) {
        reason.set(why);
        if (!lost.get()) {
            attempts = 0;
            scheduleProbe();
            // Last, so that whoever sees the store lost also sees what the banner says about it.
            lost.set(true);
        }
    }

    private void scheduleProbe() {
        long seconds = Math.max(1, backoff.delay(attempts).toSeconds());
        message.set("The store does not answer. The graph on screen is kept; trying again in " + seconds
                + " s (attempt " + (attempts + 1) + ").");
        nextProbe = tasks.schedule(backoff.delay(attempts), this::probe);
    }

    private void probe() {
        GraphStore probed = store;
        message.set("The store does not answer. The graph on screen is kept; trying to reach it now…");
        tasks.run(() -> {
            probed.ping();
            return probed;
        }, this::recovered, problem -> {
            if (probed != store) {
                return;
            }
            attempts++;
            reason.set(problem.getMessage());
            scheduleProbe();
        });
    }

    private void recovered(GraphStore answered) {
        if (answered != store) {
            return;
        }
        lost.set(false);
        message.set("");
        reason.set("");
        Runnable again = replay;
        replay = null;
        if (again != null) {
            again.run();
        }
    }
}
