package org.backchannel.app.path;

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
import org.backchannel.app.answers.SceneGraph;
import org.backchannel.app.connection.StoreHealth;
import org.backchannel.app.search.SearchViewModel;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.HighlightSource;
import org.backchannel.model.GraphNode;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.GraphStore;
import org.backchannel.store.PathQuery;

/**
 * "How did a message get from A to B?": the store's shortest path (or all of them) along any link, or
 * asked of the scene: the shortest along exchanges only, or a time-respecting path (earliest arrival or
 * fewest hops) in which every step may come no earlier than the one before. Always under the current
 * filter, in the background, listed hop by hop with dates and quotes.
 */
public final class PathViewModel {

    // Properties
    private final ObjectProperty<GraphNode> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<GraphNode> to = new SimpleObjectProperty<>(this, "to");
    private final IntegerProperty maxHops = new SimpleIntegerProperty(this, "maxHops", 6);
    private final BooleanProperty allShortest = new SimpleBooleanProperty(this, "allShortest");
    private final ObjectProperty<PathMode> mode = new SimpleObjectProperty<>(this, "mode", PathMode.SHORTEST_ANY_LINK);
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
    /** What the scene questions are asked of: a copy of the scene, taken on the UI thread. */
    private Supplier<LoadedGraph> scene;

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
        this.scene = graph;
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
        scene = () -> SceneGraph.of(exploration);
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

    /** Which paths to look for; the store's shortest along any link by default. */
    public ObjectProperty<PathMode> modeProperty() {
        return mode;
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
        int hops = Math.max(1, Math.min(PathQuery.MAX_HOPS, maxHops.get()));
        GraphStore opened = store.get();
        PathMode asked = mode.get();
        busy.set(true);
        message.set("Searching…");
        if (asked.onScene()) {
            LoadedGraph copy = scene.get();
            for (GraphNode end : List.of(a, b)) {
                if (copy.node(end.id()).isEmpty()) {
                    busy.set(false);
                    message.set(end.name() + " is not in the scene: bring it in (search, or expand a neighbour) first.");
                    return;
                }
            }
            GraphFilter filtered = filter.get();
            health.query(() -> PathAnswer.ofScene(copy, filtered, asked, a.id(), b.id(), hops, opened), this::show, this::failed);
        } else {
            PathQuery query = new PathQuery(a.id(), b.id(), hops, allShortest.get(), filter.get(), 25);
            health.query(() -> PathAnswer.ofStore(opened.shortestPaths(query), opened, nameOf), this::show, this::failed);
        }
    }

    /** Turns the question round: from becomes to, and the names typed follow. */
    public void swap() {
        GraphNode was = from.get();
        from.set(to.get());
        to.set(was);
        String typed = fromSearch.queryProperty().get();
        fromSearch.queryProperty().set(toSearch.queryProperty().get());
        toSearch.queryProperty().set(typed);
    }

    public void clear() {
        steps.clear();
        highlighted.set(Set.of());
        message.set("");
    }

    private void failed(Throwable problem) {
        busy.set(false);
        clear();
        message.set("The path search failed: " + problem.getMessage());
    }

    private void show(PathAnswer answer) {
        busy.set(false);
        if (answer.steps().isEmpty()) {
            clear();
            message.set("No " + (mode.get().onScene() ? mode.get().toString().toLowerCase(java.util.Locale.ROOT) + " " : "")
                    + "path of at most " + maxHops.get() + " hops between " + from.get().name() + " and " + to.get().name()
                    + (mode.get().onScene() ? " in the scene" : "") + " under the current filters.");
            return;
        }
        steps.setAll(answer.steps());
        highlighted.set(answer.ids());
        message.set(answer.message());
    }
}
