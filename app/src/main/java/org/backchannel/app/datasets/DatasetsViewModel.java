package org.backchannel.app.datasets;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backchannel.app.task.BackgroundTasks;
import org.backchannel.store.DatasetInfo;
import org.backchannel.store.GraphStore;
import org.backchannel.store.ImportResult;

/**
 * The datasets the open store holds (id, title, file, digest, time of import, counts), and taking
 * one out: what only it supports leaves the store, in one transaction, all or nothing.
 */
public final class DatasetsViewModel {

    private final ObservableList<DatasetInfo> datasets = FXCollections.observableArrayList();
    private final ObservableList<DatasetInfo> datasetsView = FXCollections.unmodifiableObservableList(datasets);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    private final BackgroundTasks tasks;
    private final Supplier<ImportTarget> target;
    private final Runnable onRemoved;

    /** @param onRemoved told after a dataset left the store, so that the scene is read again from it */
    public DatasetsViewModel(BackgroundTasks tasks, Supplier<ImportTarget> target, Runnable onRemoved) {
        this.tasks = tasks;
        this.target = target;
        this.onRemoved = onRemoved;
    }

    public ObservableList<DatasetInfo> getDatasets() {
        return datasetsView;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the pane last did, or why it could not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Reads the list of datasets again, in the background. */
    public void refresh() {
        ImportTarget into = target.get();
        if (into == null) {
            datasets.clear();
            return;
        }
        GraphStore store = into.store();
        tasks.run(store::datasets, datasets::setAll, problem -> message.set("The datasets could not be read: " + problem.getMessage()));
    }

    /** What to ask before removing: what goes, what stays, and whose database is written when it is not ours. */
    public Optional<String> confirmation(DatasetInfo dataset) {
        ImportTarget into = target.get();
        if (into == null) {
            return Optional.empty();
        }
        String guest = into.ownStore() ? "" : " This writes to " + into.describe() + ", which is not Backchannel's own store.";
        return Optional.of("Remove the dataset \u201c" + dataset.title() + "\u201d (" + dataset.id() + ") from the store? "
                + "What only it supports leaves the store (at most " + dataset.nodes() + " nodes and " + dataset.links()
                + " links); what other datasets support too stays, without its citations. It is all or nothing, and cannot be "
                + "undone except by importing the file again. The scene is then read again from the store and the undo "
                + "history starts over." + guest);
    }

    /** Removes a dataset the user confirmed removing, then lists the datasets again and has the scene read again. */
    public void remove(DatasetInfo dataset) {
        ImportTarget into = target.get();
        if (into == null || busy.get()) {
            return;
        }
        busy.set(true);
        message.set("Removing " + dataset.title() + "…");
        GraphStore store = into.store();
        tasks.run(() -> store.removeDataset(dataset.id()), result -> {
            busy.set(false);
            message.set(removed(dataset, result));
            refresh();
            onRemoved.run();
        }, problem -> {
            busy.set(false);
            message.set("Nothing was removed: " + problem.getMessage());
        });
    }

    private static String removed(DatasetInfo dataset, ImportResult result) {
        return "Removed " + dataset.title() + ": " + result.removedNodes() + " nodes and " + result.removedLinks()
                + " links left the store; " + result.changed() + " elements changed.";
    }
}
