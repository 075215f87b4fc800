package org.backchannel.app.datasets;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backchannel.app.task.BackgroundTasks;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.Forgotten;
import org.backchannel.model.GraphNode;
import org.backchannel.model.Source;
import org.backchannel.store.DatasetInfo;
import org.backchannel.store.GraphStore;
import org.backchannel.store.ImportResult;
import org.backchannel.store.Subgraph;

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
    private final Exploration exploration;

    /** @param exploration what a removal takes its elements out of, keeping the rest of the analyst's work and history */
    public DatasetsViewModel(BackgroundTasks tasks, Supplier<ImportTarget> target, Exploration exploration) {
        this.tasks = tasks;
        this.target = target;
        this.exploration = exploration;
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
                + "undone except by importing the file again. What leaves the store leaves the scene and the undo history "
                + "too; your other steps stay as they are and can still be undone." + guest);
    }

    /**
     * Removes a dataset the user confirmed removing, then lists the datasets again and takes what left the
     * store out of the exploration: the loaded nodes the store still holds are read back by id (index seeks,
     * at most what is loaded), so that what stayed shows as the store now holds it.
     */
    public void remove(DatasetInfo dataset) {
        ImportTarget into = target.get();
        if (into == null || busy.get()) {
            return;
        }
        busy.set(true);
        message.set("Removing " + dataset.title() + "…");
        GraphStore store = into.store();
        List<String> loaded = exploration.graph().nodesSoFar().stream().map(GraphNode::id).toList();
        tasks.run(() -> {
            ImportResult result = store.removeDataset(dataset.id());
            Subgraph present = loaded.isEmpty() ? new Subgraph(List.of(), List.of(), false, 0)
                    : store.nodesById(loaded, loaded.size());
            return new Removal(result, present, store.sources());
        }, removal -> {
            busy.set(false);
            Forgotten forgotten = exploration.storeChanges().forgetRemoved(removal.present(), !removal.present().capped());
            exploration.storeChanges().useSources(removal.sources());
            message.set(removed(dataset, removal.result(), forgotten));
            refresh();
        }, problem -> {
            busy.set(false);
            message.set("Nothing was removed: " + problem.getMessage());
        });
    }

    private record Removal(ImportResult result, Subgraph present, List<Source> sources) {
    }

    private static String removed(DatasetInfo dataset, ImportResult result, Forgotten forgotten) {
        String history = forgotten.steps() == 0 ? "the undo history keeps every step"
                : "the undo history keeps its other steps (" + forgotten.steps() + " step(s) only about what left were dropped)";
        return "Removed " + dataset.title() + ": " + result.removedNodes() + " nodes and " + result.removedLinks()
                + " links left the store; " + result.changed() + " elements changed. The scene lost " + forgotten.nodes()
                + " nodes and " + forgotten.links() + " links; " + history + ".";
    }
}
