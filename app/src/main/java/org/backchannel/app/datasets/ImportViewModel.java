package org.backchannel.app.datasets;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backchannel.app.task.BackgroundTasks;
import org.backchannel.dataset.DatasetReader;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.SceneCap;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphNode;
import org.backchannel.model.Source;
import org.backchannel.store.GraphStore;
import org.backchannel.store.ImportResult;
import org.backchannel.store.Subgraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a dataset to the open store from the window, in the background: a JSON dataset file, or
 * a sheet the mapping dialog has checked. On success what the dataset holds joins the scene as one
 * step of the history; on failure the problems are listed with their places and the store is
 * unchanged (the store writes a dataset in one transaction).
 */
public final class ImportViewModel {

    /** What an import that succeeded did, handed back to the UI thread. */
    private record Done(Dataset dataset, ImportResult result, Subgraph shown, List<Source> sources) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ImportViewModel.class);

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper succeeded = new ReadOnlyBooleanWrapper(this, "succeeded");
    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
    private final ObservableList<ProblemRow> problemsView = FXCollections.unmodifiableObservableList(problems);

    private final Exploration exploration;
    private final BackgroundTasks tasks;
    private final Supplier<ImportTarget> target;
    private final Runnable onStoreChanged;

    /**
     * @param target         the open store, or null while none is
     * @param onStoreChanged told after every import that wrote, so that what lists the store's datasets reads them again
     */
    public ImportViewModel(Exploration exploration, BackgroundTasks tasks, Supplier<ImportTarget> target, Runnable onStoreChanged) {
        this.exploration = exploration;
        this.tasks = tasks;
        this.target = target;
        this.onStoreChanged = onStoreChanged;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** How far the import has got, 0 to 1, or -1 while the store writes (one transaction, with no progress to tell). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the import is doing or did, in one sentence. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True once the last import was written and shown. */
    public ReadOnlyBooleanProperty succeededProperty() {
        return succeeded.getReadOnlyProperty();
    }

    /** Why the last import was refused, each with its place; empty after one that succeeded. */
    public ObservableList<ProblemRow> getProblems() {
        return problemsView;
    }

    /** Forgets what the last import said: the user changed what is to be imported, or starts another. */
    public void dismissProblems() {
        if (!running.get()) {
            problems.clear();
            message.set("");
        }
    }

    /**
     * What to ask before writing, when the store is not Backchannel's own: the user asked to import,
     * but a guest's database is written only when the user says so knowing it is someone else's.
     * Empty for the embedded store.
     */
    public Optional<String> confirmation(String what) {
        ImportTarget into = target.get();
        if (into == null || into.ownStore()) {
            return Optional.empty();
        }
        return Optional.of("Importing " + what + " writes to " + into.describe() + ", which is not Backchannel's own store. "
                + "Its nodes, links and sources are added beside what the database holds (nothing of it is changed or removed), "
                + "and the indexes and constraints Backchannel needs are created there if they are missing. "
                + "Write to this database?");
    }

    /** Reads a JSON dataset file whole and writes it; a refused file changes nothing. */
    public void importFile(Path file) {
        start("Reading " + file.getFileName() + "…", () -> new DatasetReader().read(file));
    }

    /** Writes a dataset the mapping dialog has read and checked. */
    public void importChecked(Dataset dataset) {
        start("Writing " + dataset.title() + "…", () -> dataset);
    }

    private void start(String doing, Callable<Dataset> read) {
        ImportTarget into = target.get();
        if (running.get()) {
            return;
        }
        problems.clear();
        succeeded.set(false);
        if (into == null || exploration.graph() == null) {
            message.set("The store is not open yet; import once the graph is shown.");
            return;
        }
        running.set(true);
        progress.set(0);
        message.set(doing);
        GraphStore store = into.store();
        int cap = SceneCap.forThisMachine();
        tasks.run(() -> {
            Dataset dataset = read.call();
            String counts = dataset.nodes().size() + " nodes and " + dataset.links().size() + " links";
            tasks.schedule(Duration.ZERO, () -> {
                if (running.get()) {
                    progress.set(-1);
                    message.set("Writing " + counts + " of " + dataset.title() + " to the store…");
                }
            });
            ImportResult result = store.importDataset(dataset);
            Subgraph shown = store.nodesById(dataset.nodes().stream().map(GraphNode::id).toList(), cap);
            return new Done(dataset, result, shown, store.sources());
        }, this::show, this::refused);
    }

    private void show(Done done) {
        Set<String> newcomers = done.shown().nodes().stream().map(GraphNode::id).filter(id -> !exploration.inScene(id))
                .collect(Collectors.toSet());
        int added = exploration.commands().showImported(done.dataset().title(), done.shown());
        // Selected, so that the analyst sees where they landed (selection is how one looks, not a step).
        exploration.selectOnly(newcomers);
        exploration.storeChanges().useSources(done.sources());
        ImportResult r = done.result();
        message.set("Imported " + done.dataset().title() + " (dataset " + r.datasetId() + "): " + r.nodes() + " nodes, "
                + r.links() + " links, " + r.sources() + " sources; "
                + (r.changed() == 0 ? "the store already held exactly this dataset" : r.changed() + " elements changed in the store")
                + "; " + added + " nodes new to the scene"
                + (done.shown().capped() ? " (the scene shows " + done.shown().nodes().size() + " of them)" : "") + ".");
        progress.set(1);
        running.set(false);
        succeeded.set(true);
        onStoreChanged.run();
    }

    private void refused(Throwable problem) {
        LOG.info("Import refused: {}", problem.getMessage());
        problems.setAll(ProblemRow.of(problem));
        message.set("Not imported; the store is unchanged. " + (problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                + " below.");
        progress.set(0);
        running.set(false);
    }
}
