package org.backchannel.app.path;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.connection.StoreHealth;
import org.backchannel.app.search.SearchViewModel;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.HighlightSource;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.GraphPath;
import org.backchannel.store.GraphStore;
import org.backchannel.store.PathQuery;

/**
 * "How did a message get from A to B?": the shortest path, or all shortest paths, along the links
 * messages travel on, asked of the store under the current filter and listed hop by hop.
 */
public final class PathViewModel {

    // Properties
    private final ObjectProperty<GraphNode> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<GraphNode> to = new SimpleObjectProperty<>(this, "to");
    private final IntegerProperty maxHops = new SimpleIntegerProperty(this, "maxHops", 6);
    private final BooleanProperty allShortest = new SimpleBooleanProperty(this, "allShortest");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<PathStep> steps = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Set<String>> highlighted = new ReadOnlyObjectWrapper<>(this, "highlighted", Set.of());

    private final StoreHealth health;
    private final Supplier<GraphStore> store;
    private final Supplier<GraphFilter> filter;
    private final java.util.function.Function<String, java.util.Optional<String>> nameOf;
    private final SearchViewModel fromSearch;
    private final SearchViewModel toSearch;

    public PathViewModel(StoreHealth health, Supplier<GraphStore> store, Supplier<GraphFilter> filter) {
        this(health, store, filter, id -> java.util.Optional.empty(), () -> null, () -> false);
    }

    /**
     * @param nameOf       the name of a loaded node, to say which channel an exchange went through
     * @param graph        what is loaded, for picking the ends by name
     * @param scenePartial whether the scene holds only part of the store: then picking by name asks the store too
     */
    public PathViewModel(StoreHealth health, Supplier<GraphStore> store, Supplier<GraphFilter> filter,
                         java.util.function.Function<String, java.util.Optional<String>> nameOf,
                         Supplier<LoadedGraph> graph, BooleanSupplier scenePartial) {
        this.health = health;
        this.store = store;
        this.filter = filter;
        this.nameOf = nameOf;
        // The path query takes ids, so an end found only in the store needs no loading: it is used as it is.
        SearchViewModel.StoreSide storeSide = new SearchViewModel.StoreSide(health, store, scenePartial);
        this.fromSearch = new SearchViewModel(graph, storeSide, from::set, from::set);
        this.toSearch = new SearchViewModel(graph, storeSide, to::set, to::set);
    }

    /**
     * Searches under the exploration's filter, and highlights what it found there.
     *
     * @param scenePartial whether the scene holds only part of the store: then picking an end by name asks the store too
     */
    public PathViewModel(Exploration exploration, StoreHealth health, Supplier<GraphStore> store, BooleanSupplier scenePartial) {
        this(health, store, exploration::filter, id -> exploration.graph().node(id).map(GraphNode::name),
                exploration::graph, scenePartial);
        highlighted.addListener((obs, old, now) -> exploration.highlight(HighlightSource.PATH, now));
    }

    public ObjectProperty<GraphNode> fromProperty() {
        return from;
    }

    public ObjectProperty<GraphNode> toProperty() {
        return to;
    }

    /** Picks the start by name, in the loaded graph and, when the scene is partial, in the store. */
    public SearchViewModel fromSearch() {
        return fromSearch;
    }

    /** Picks the end by name, as {@link #fromSearch()} does the start. */
    public SearchViewModel toSearch() {
        return toSearch;
    }

    public IntegerProperty maxHopsProperty() {
        return maxHops;
    }

    public BooleanProperty allShortestProperty() {
        return allShortest;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<PathStep> getSteps() {
        return steps;
    }

    /** Ids of the nodes and links on the paths found, for the graph to highlight. */
    public ReadOnlyObjectProperty<Set<String>> highlightedProperty() {
        return highlighted.getReadOnlyProperty();
    }

    // Commands

    public void find() {
        GraphNode a = from.get();
        GraphNode b = to.get();
        if (a == null || b == null || store.get() == null) {
            message.set("Pick two nodes: from and to.");
            return;
        }
        if (a.id().equals(b.id())) {
            message.set("From and to are the same node.");
            return;
        }
        PathQuery query = new PathQuery(a.id(), b.id(), Math.max(1, Math.min(PathQuery.MAX_HOPS, maxHops.get())),
                allShortest.get(), filter.get(), 25);
        busy.set(true);
        message.set("Searching…");
        health.query(() -> store.get().shortestPaths(query), this::show, problem -> {
            busy.set(false);
            clear();
            message.set("The path search failed: " + problem.getMessage());
        });
    }

    public void clear() {
        steps.clear();
        highlighted.set(Set.of());
        message.set("");
    }

    private void show(List<GraphPath> paths) {
        busy.set(false);
        if (paths.isEmpty()) {
            clear();
            message.set("No path of at most " + maxHops.get() + " hops between " + from.get().name() + " and " + to.get().name()
                    + " under the current filters.");
            return;
        }
        List<PathStep> rows = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (GraphPath path : paths) {
            for (int i = 0; i < path.hops(); i++) {
                GraphNode a = path.nodes().get(i);
                GraphNode b = path.nodes().get(i + 1);
                GraphLink link = path.links().get(i);
                rows.add(new PathStep(i + 1, a.name(), how(link), b.name(), link.span().isDated() ? link.span().toString() : "", link.id()));
                ids.add(a.id());
                ids.add(b.id());
                ids.add(link.id());
            }
        }
        steps.setAll(rows);
        highlighted.set(Set.copyOf(ids));
        int hops = paths.get(0).hops();
        message.set(paths.size() == 1
                ? "Shortest path: " + hops + " hops."
                : paths.size() + " shortest paths of " + hops + " hops.");
    }

    private String how(GraphLink link) {
        String type = link.typeName().replace('-', ' ');
        String via = link.channelId() == null ? "" : " via " + nameOf.apply(link.channelId()).orElse(link.channelId());
        return type + via + (link.role() == null ? "" : " (" + link.role() + ")");
    }
}
