package org.backchannel.app.explorer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.app.connection.Backoff;
import org.backchannel.app.connection.StoreHealth;
import org.backchannel.app.console.QueryConsoleViewModel;
import org.backchannel.app.details.DetailsViewModel;
import org.backchannel.app.exchanges.ExchangesViewModel;
import org.backchannel.app.filter.FilterViewModel;
import org.backchannel.app.path.PathViewModel;
import org.backchannel.app.search.SearchViewModel;
import org.backchannel.app.task.BackgroundTasks;
import org.backchannel.app.task.TaskHandle;
import org.backchannel.model.GraphNode;
import org.backchannel.model.Source;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.GraphStore;
import org.backchannel.store.Subgraph;

/**
 * The explorer's shared state: what is loaded from the store, what the filters let through, what is
 * selected. The panes' view-models hang off it; the graph canvas draws from it.
 */
public final class ExplorerViewModel {

    /** How many nodes the client loads at most; a larger store is browsed through filters and expansion. */
    public static final int DEFAULT_SCENE_CAP = 10_000;
    static final int DEFAULT_EXPAND_LIMIT = 50;

    public enum LayoutMode { FORCE, TIMELINE }

    // Properties
    private final ReadOnlyObjectWrapper<LoadedGraph> graph = new ReadOnlyObjectWrapper<>(this, "graph");
    private final ReadOnlyIntegerWrapper graphVersion = new ReadOnlyIntegerWrapper(this, "graphVersion");
    private final ReadOnlyObjectWrapper<VisibleGraph> visible =
            new ReadOnlyObjectWrapper<>(this, "visible", new VisibleGraph(Set.of(), Set.of()));
    private final ObservableSet<String> selection = FXCollections.observableSet();
    private final ReadOnlyObjectWrapper<String> focus = new ReadOnlyObjectWrapper<>(this, "focus");
    private final StatusLine status = new StatusLine();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper capped = new ReadOnlyBooleanWrapper(this, "capped");
    private final ReadOnlyObjectWrapper<Set<String>> picked = new ReadOnlyObjectWrapper<>(this, "picked", Set.of());
    private final ReadOnlyObjectWrapper<Map<String, Long>> notLoaded = new ReadOnlyObjectWrapper<>(this, "notLoaded", Map.of());
    private final ObjectProperty<LayoutMode> layoutMode = new SimpleObjectProperty<>(this, "layoutMode", LayoutMode.FORCE);
    private final IntegerProperty sceneCap = new SimpleIntegerProperty(this, "sceneCap", DEFAULT_SCENE_CAP);
    private final IntegerProperty expandLimit = new SimpleIntegerProperty(this, "expandLimit", DEFAULT_EXPAND_LIMIT);

    private final StoreHealth health;
    private final FilterViewModel filters = new FilterViewModel();
    private final DetailsViewModel details;
    private final ExchangesViewModel exchanges = new ExchangesViewModel();
    private final SearchViewModel search;
    private final PathViewModel path;
    private final QueryConsoleViewModel console;
    private GraphStore store;
    private TaskHandle loadingTask = TaskHandle.DONE;

    public ExplorerViewModel(BackgroundTasks tasks) {
        this(new StoreHealth(tasks, Backoff.STANDARD));
    }

    public ExplorerViewModel(StoreHealth health) {
        this.health = health;
        this.details = new DetailsViewModel(health, () -> store);
        this.search = new SearchViewModel(graph::get, new SearchViewModel.StoreSide(health, () -> store, capped::get),
                this::focusOn, this::bringIn);
        this.path = new PathViewModel(health, () -> store, () -> filters.filterProperty().get(),
                id -> graph.get() == null ? java.util.Optional.empty() : graph.get().node(id).map(GraphNode::name),
                graph::get, capped::get);
        this.console = new QueryConsoleViewModel(health, () -> store);
        filters.filterProperty().addListener((obs, old, now) -> onFilterChanged());
        selection.addListener((SetChangeListener<String>) change -> onSelectionChanged());
    }

    public ReadOnlyObjectProperty<LoadedGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    /** Increases whenever nodes or links are added to the loaded graph. */
    public ReadOnlyIntegerProperty graphVersionProperty() {
        return graphVersion.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VisibleGraph> visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public ObservableSet<String> getSelection() {
        return selection;
    }

    /** The node the view should centre on; set by search and by the path and exchange lists. */
    public ReadOnlyObjectProperty<String> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.property();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True when the store held more than the scene cap: narrow the filters or expand to see more. */
    public ReadOnlyBooleanProperty cappedProperty() {
        return capped.getReadOnlyProperty();
    }

    /** The exchange picked in the table: its link and both ends, for the graph to highlight. */
    public ReadOnlyObjectProperty<Set<String>> pickedProperty() {
        return picked.getReadOnlyProperty();
    }

    /** For nodes expanded with a limit: how many of their links the store has that were not loaded ("+N more"). */
    public ReadOnlyObjectProperty<Map<String, Long>> notLoadedProperty() {
        return notLoaded.getReadOnlyProperty();
    }

    public ObjectProperty<LayoutMode> layoutModeProperty() {
        return layoutMode;
    }

    public IntegerProperty sceneCapProperty() {
        return sceneCap;
    }

    /** How many links one expansion loads at most; the rest show as "+N" on the node. */
    public IntegerProperty expandLimitProperty() {
        return expandLimit;
    }

    public FilterViewModel filters() {
        return filters;
    }

    public DetailsViewModel details() {
        return details;
    }

    public SearchViewModel search() {
        return search;
    }

    public PathViewModel path() {
        return path;
    }

    public ExchangesViewModel exchanges() {
        return exchanges;
    }

    public QueryConsoleViewModel console() {
        return console;
    }

    /** Whether the store answers; the view shows its banner while it does not. */
    public StoreHealth health() {
        return health;
    }

    // Commands

    /** Loads the overview of a newly opened store (bounded by the scene cap) and its sources. */
    public void open(GraphStore opened) {
        store = opened;
        health.watch(opened);
        loading.set(true);
        status.say("Loading the graph…");
        int cap = sceneCap.get();
        loadingTask = health.query(() -> Loaded.from(opened, cap), loaded -> {
            details.useSources(loaded.sources());
            LoadedGraph fresh = loaded.graph();
            status.storeHeld(loaded.subgraph());
            capped.set(loaded.subgraph().capped());
            selection.clear();
            graph.set(fresh);
            filters.adaptTo(fresh);
            graphVersion.set(graphVersion.get() + 1);
            loading.set(false);
            refresh();
        }, this::failed);
    }

    /** Loads the neighbours of a node (up to a limit) and adds them to the graph. */
    public void expand(String nodeId) {
        if (store == null || graph.get() == null) {
            return;
        }
        loading.set(true);
        int limit = Math.max(1, expandLimit.get());
        loadingTask = health.query(() -> store.neighbours(nodeId, limit), around -> expanded(nodeId, around), this::failed);
    }

    /**
     * Brings a node that search found in the store, not in the scene, into the scene with its
     * neighbours (as a double-click would), then selects and centres it.
     */
    public void bringIn(GraphNode node) {
        if (store == null || graph.get() == null) {
            return;
        }
        loading.set(true);
        int limit = Math.max(1, expandLimit.get());
        loadingTask = health.query(() -> store.neighbours(node.id(), limit), around -> {
            expanded(node.id(), around);
            if (graph.get().node(node.id()).isPresent()) {
                focusOn(node);
            } else {
                status.add(node.name() + " is no longer in the store");
            }
        }, this::failed);
    }

    private void expanded(String nodeId, Subgraph around) {
        int added = merge(around);
        long missing = around.capped() ? around.available() - around.links().size() : 0;
        Map<String, Long> counts = new java.util.HashMap<>(notLoaded.get());
        counts.remove(nodeId);
        if (missing > 0) {
            counts.put(nodeId, missing);
        }
        notLoaded.set(Map.copyOf(counts));
        String more = missing > 0 ? " (+" + missing + " more not loaded)" : "";
        status.add("expanded: " + added + " new" + more);
    }

    /** Stops waiting for the store: the query is called off and the graph on screen stays as it is. */
    public void cancelLoading() {
        if (loading.get()) {
            loadingTask.cancel();
            loading.set(false);
            report("loading stopped");
        }
    }

    public void select(String id, boolean additive) {
        if (!additive) {
            selection.retainAll(Set.of(id));
        }
        if (additive && selection.contains(id)) {
            selection.remove(id);
        } else {
            selection.add(id);
        }
    }

    public void selectOnly(Set<String> ids) {
        selection.retainAll(ids);
        selection.addAll(ids);
    }

    public void clearSelection() {
        selection.clear();
        picked.set(Set.of());
        details.showNothing();
    }

    /** Highlights one exchange (a row of the table), centres on its sender and shows its evidence. */
    public void pickLink(String linkId) {
        LoadedGraph loaded = graph.get();
        if (loaded == null) {
            return;
        }
        loaded.link(linkId).ifPresent(link -> {
            picked.set(Set.of(link.id(), link.fromId(), link.toId()));
            details.showLink(link, loaded);
            focus.set(null);
            focus.set(link.fromId());
        });
    }

    public void focusOn(GraphNode node) {
        selection.retainAll(Set.of(node.id()));
        selection.add(node.id());
        focus.set(null);
        focus.set(node.id());
    }

    /** Says that a figure is being written; exports of large graphs take seconds. */
    public void reportExporting(java.nio.file.Path file) {
        report("exporting " + file + "…");
    }

    /** Says where a figure was written. */
    public void reportExported(java.nio.file.Path file) {
        report("exported " + file);
    }

    private void report(String news) {
        updateStatus();
        status.add(news);
    }

    /** Adds what the store sent to the loaded graph and shows it; returns how many nodes were new. */
    private int merge(Subgraph more) {
        int added = graph.get().add(more.nodes(), more.links());
        graphVersion.set(graphVersion.get() + 1);
        loading.set(false);
        refresh();
        return added;
    }

    /**
     * Filters apply at once to what is loaded. When the store held more than the scene cap, the
     * filtered overview is also asked of the store (parameterised, bounded), so that narrowing the
     * filters brings in what the first load had to leave out.
     */
    private void onFilterChanged() {
        refresh();
        GraphFilter filter = filters.filterProperty().get();
        if (capped.get() && store != null && !filter.equals(GraphFilter.ALL)) {
            int cap = sceneCap.get();
            loading.set(true);
            loadingTask = health.query(() -> store.overview(filter, cap), subgraph -> {
                int added = merge(subgraph);
                if (added > 0) {
                    status.add(added + " more loaded for these filters");
                }
            }, this::failed);
        }
    }

    private void onSelectionChanged() {
        LoadedGraph loaded = graph.get();
        if (loaded == null) {
            return;
        }
        if (selection.size() == 1) {
            loaded.node(selection.iterator().next()).ifPresent(n -> details.show(n, loaded));
        } else {
            details.showNothing();
        }
        exchanges.show(loaded, visible.get(), Set.copyOf(selection));
        updateStatus();
    }

    private void refresh() {
        LoadedGraph loaded = graph.get();
        if (loaded == null) {
            return;
        }
        visible.set(VisibleGraph.of(loaded, filters.filterProperty().get()));
        exchanges.show(loaded, visible.get(), Set.copyOf(selection));
        search.refresh();
        updateStatus();
    }

    private void updateStatus() {
        status.describe(graph.get(), visible.get(), filters.describe(), selection.size(), capped.get() ? sceneCap.get() : 0);
    }

    private void failed(Throwable problem) {
        loading.set(false);
        status.failed(problem);
    }

    /** An opened store's overview, made into a graph with its filter index in the background: at 10⁵ nodes that takes seconds. */
    private record Loaded(Subgraph subgraph, LoadedGraph graph, List<Source> sources) {

        static Loaded from(GraphStore store, int cap) {
            Subgraph overview = store.overview(GraphFilter.ALL, cap);
            return new Loaded(overview, LoadedGraph.of(overview.nodes(), overview.links()).indexed(), store.sources());
        }
    }
}
