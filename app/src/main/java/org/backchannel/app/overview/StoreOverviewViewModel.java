package org.backchannel.app.overview;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backchannel.app.task.BackgroundTasks;
import org.backchannel.dataset.DatasetException;
import org.backchannel.perspective.Perspective;
import org.backchannel.perspective.PerspectiveException;
import org.backchannel.perspective.PerspectiveShelf;
import org.backchannel.session.StoreIdentity;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.GraphStore;
import org.backchannel.store.StoreSummary;
import org.backchannel.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first screen: connects to the store, seeds an empty embedded store with the bundled
 * dataset, and shows what the store holds, counted through Bolt.
 */
public final class StoreOverviewViewModel {

    /** Opens the store; slow (the embedded DBMS takes seconds), so it runs in the background. */
    @FunctionalInterface
    public interface StoreOpener {
        ConnectedStore open();
    }

    private static final Logger LOG = LoggerFactory.getLogger(StoreOverviewViewModel.class);

    // Properties
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper storeDescription = new ReadOnlyStringWrapper(this, "storeDescription", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<GraphStore> store = new ReadOnlyObjectWrapper<>(this, "store");
    private final ReadOnlyObjectWrapper<PerspectiveOpening> perspective = new ReadOnlyObjectWrapper<>(this, "perspective");
    private final ObservableList<CountRow> nodeCounts = FXCollections.observableArrayList();
    private final ObservableList<CountRow> linkCounts = FXCollections.observableArrayList();
    // One read-only view of each list: listeners on a view live only as long as the view does.
    private final ObservableList<CountRow> nodeCountsView = FXCollections.unmodifiableObservableList(nodeCounts);
    private final ObservableList<CountRow> linkCountsView = FXCollections.unmodifiableObservableList(linkCounts);

    private final BackgroundTasks tasks;
    private final IdentityReading identity;
    private StoreOpener opener;
    private final ConnectedStore.DatasetSource bundled;
    private final PerspectiveShelf shelf;
    private ConnectedStore connected;
    private StoreIdentity place;

    public StoreOverviewViewModel(BackgroundTasks tasks, StoreOpener opener, ConnectedStore.DatasetSource bundled) {
        this(tasks, opener, bundled, null);
    }

    /** @param shelf where perspectives are kept per store; null to open someone else's database without one */
    public StoreOverviewViewModel(BackgroundTasks tasks, StoreOpener opener, ConnectedStore.DatasetSource bundled, PerspectiveShelf shelf) {
        this.shelf = shelf;
        this.tasks = tasks;
        this.identity = new IdentityReading(tasks);
        this.opener = opener;
        this.bundled = bundled;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty storeDescriptionProperty() {
        return storeDescription.getReadOnlyProperty();
    }

    /** The open store, once it is ready; the explorer loads from it. */
    public ReadOnlyObjectProperty<GraphStore> storeProperty() {
        return store.getReadOnlyProperty();
    }

    /** Empty when all is well; otherwise what went wrong, in words for the user. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** One line about the open database when it lacks Backchannel's indexes (browsing is slower) and how to prepare it; else empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The open store and what runs it, or null while none is open; for preparing it on request. */
    public ConnectedStore connected() {
        return connected;
    }

    /** The perspective someone else's database is read through; null for Backchannel's own store. */
    public ReadOnlyObjectProperty<PerspectiveOpening> perspectiveProperty() {
        return perspective.getReadOnlyProperty();
    }

    /**
     * Reads the open database through another perspective (corrected in the dialog, or imported), and
     * keeps it for this store. The explorer reloads through it.
     *
     * @param where names the perspective in messages
     * @throws PerspectiveException naming what the store does not have; the perspective in use stays
     */
    public void usePerspective(Perspective chosen, String where) throws PerspectiveException {
        PerspectiveOpening current = perspective.get();
        if (current == null || connected == null) {
            throw new IllegalStateException("no foreign database is open");
        }
        ConnectedStore open = connected;
        PerspectiveOpening.use(open, chosen, current.schema(), where);
        perspective.set(new PerspectiveOpening(current.schema(), chosen, false, "Read through the perspective from " + where + "."));
        store.set(null);
        store.set(open.store());
        StoreSummary summary = open.store().summary();
        nodeCounts.setAll(CountRow.nodeRows(summary));
        linkCounts.setAll(CountRow.linkRows(summary));
        notice.set(perspective.get().message());
        tasks.run(() -> {
            shelf.keep(open.address(), open.databaseName(), chosen);
            return null;
        }, kept -> { }, problem -> error.set("The perspective is in use but could not be kept: " + problem.getMessage()));
    }

    public ObservableList<CountRow> getNodeCounts() {
        return nodeCountsView;
    }

    public ObservableList<CountRow> getLinkCounts() {
        return linkCountsView;
    }

    /**
     * Which store is open, as a session records it; null while none is, and for a moment after the store
     * is set: its content digest reads the whole store, so it is worked out while the overview loads.
     */
    public ReadOnlyObjectProperty<StoreIdentity> identityProperty() {
        return identity.identityProperty();
    }

    public StoreIdentity identity() {
        return identity.identityProperty().get();
    }

    /** The open store's address and database, with an empty digest; known when the store is set, before its identity. */
    public StoreIdentity place() {
        return place;
    }

    // Commands

    /** Opens the store (seeding it on first start) and counts what it holds. */
    public void open() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        status.set("Starting the store…");
        tasks.run(() -> OpenedStore.open(opener, bundled, shelf), this::show, this::fail);
    }

    /** Closes the current store and opens another; the explorer reloads when it is ready. */
    public void switchTo(StoreOpener another) {
        if (busy.get()) {
            return;
        }
        ConnectedStore previous = connected;
        connected = null;
        identity.forget();
        store.set(null);
        perspective.set(null);
        nodeCounts.clear();
        linkCounts.clear();
        storeDescription.set("");
        notice.set("");
        opener = another;
        busy.set(true);
        error.set("");
        status.set("Switching stores…");
        // Stopping an embedded DBMS takes seconds: never on the UI thread.
        tasks.run(() -> {
            if (previous != null) {
                previous.close();
            }
            return OpenedStore.open(opener, bundled, shelf);
        }, this::show, this::fail);
    }

    /** Adds a line to the notice over the graph (what a perspective could not read), once. */
    public void addNotice(String line) {
        String now = notice.get();
        if (!line.isEmpty() && !now.contains(line)) {
            notice.set(now.isEmpty() ? line : now + " " + line);
        }
    }

    /** The open database was prepared for Backchannel: it browses on its indexes now. */
    public void prepared() {
        notice.set("");
    }

    /** Closes the store; called on exit. */
    public void close() {
        store.set(null);
        if (connected != null) {
            connected.close();
            connected = null;
        }
    }

    private void show(OpenedStore loaded) {
        connected = loaded.store();
        place = loaded.place();
        ConnectedStore opened = connected;
        identity.read(opened, () -> connected == opened, error::set);
        perspective.set(loaded.perspective().orElse(null));
        store.set(connected.store());
        storeDescription.set(loaded.store().describe());
        notice.set(loaded.notice());
        nodeCounts.setAll(CountRow.nodeRows(loaded.summary()));
        linkCounts.setAll(CountRow.linkRows(loaded.summary()));
        status.set(loaded.seeded()
                .map(r -> "Imported the bundled dataset: " + r.nodes() + " nodes, " + r.links() + " links.")
                .orElse("Loaded from the store."));
        busy.set(false);
    }

    private void fail(Throwable problem) {
        LOG.warn("Opening the store failed", problem);
        busy.set(false);
        status.set("");
        error.set(problem instanceof StoreUnavailableException || problem instanceof DatasetException
                ? problem.getMessage()
                : "Backchannel could not open the store: " + problem);
    }
}
