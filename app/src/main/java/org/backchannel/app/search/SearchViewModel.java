package org.backchannel.app.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.NameMatcher;
import org.backchannel.app.connection.StoreHealth;
import org.backchannel.app.task.TaskHandle;
import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.Exploration;
import org.backchannel.model.GraphNode;
import org.backchannel.store.GraphStore;
import org.backchannel.store.SearchHit;

/**
 * Incremental search, by name and then by the analyst's notes: results follow every keystroke, from
 * the loaded graph at once and, when the
 * scene holds only part of the store, from the store too (in the background), marked as not on
 * screen. An exact name always comes first. Enter picks the best match: one on screen is selected
 * and centred, one from the store is first brought into the scene with its neighbours.
 */
public final class SearchViewModel {

    static final int MAX_RESULTS = 12;

    /** Where the search asks beyond the loaded graph, and what tells it the scene holds only part of the store. */
    public record StoreSide(StoreHealth health, Supplier<GraphStore> store, BooleanSupplier scenePartial) {
    }

    /** Asks no store: the scene is all there is. */
    public static final StoreSide NONE = new StoreSide(null, () -> null, () -> false);

    // Properties
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SearchResult> results = FXCollections.observableArrayList();

    private final Supplier<LoadedGraph> graph;
    private final StoreSide storeSide;
    private final Consumer<GraphNode> onPick;
    private final Consumer<GraphNode> onBringIn;
    private TaskHandle asking = TaskHandle.DONE;
    /** The nodes whose analyst's note contains the query: found after those whose name matches. */
    private Function<String, Set<String>> notesContaining = text -> Set.of();
    /** Whether a loaded node is on screen: one taken out of the scene stays loaded, and is found as not on screen. */
    private Predicate<String> inScene = id -> true;

    /** Search over the loaded graph only. */
    public SearchViewModel(Supplier<LoadedGraph> graph, Consumer<GraphNode> onPick) {
        this(graph, NONE, onPick, onPick);
    }

    /**
     * @param graph     what is loaded now
     * @param storeSide where to ask when the scene holds only part of the store
     * @param onPick    what to do with a picked node on screen (select and centre it)
     * @param onBringIn what to do with a picked node found only in the store (load it with its neighbours, then select and centre it)
     */
    public SearchViewModel(Supplier<LoadedGraph> graph, StoreSide storeSide, Consumer<GraphNode> onPick, Consumer<GraphNode> onBringIn) {
        this.graph = graph;
        this.storeSide = storeSide;
        this.onPick = onPick;
        this.onBringIn = onBringIn;
        query.addListener((obs, old, now) -> refresh());
    }

    /**
     * Searches what the exploration holds (and the store, when the scene is partial), focuses on a
     * node picked on screen and hands one found only in the store to {@code onBringIn}.
     */
    public SearchViewModel(Exploration exploration, StoreSide storeSide, Consumer<GraphNode> onBringIn) {
        this(exploration::graph, storeSide, node -> exploration.focusOn(node.id()), onBringIn);
        notesContaining = exploration.notes()::nodesWhoseNoteContains;
        inScene = exploration::inScene;
        exploration.addListener(event -> {
            if (event.touches(Aspect.SCENE)) {
                refresh();
            }
        });
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchResult> getResults() {
        return results;
    }

    // Commands

    /** Picks the best match, if any. */
    public void submit() {
        if (!results.isEmpty()) {
            pick(results.get(0));
        }
    }

    public void pick(SearchResult result) {
        (result.inScene() ? onPick : onBringIn).accept(result.node());
    }

    /** Searches the loaded graph again, and the store when the scene holds only part of it. */
    public void refresh() {
        asking.cancel();
        LoadedGraph loaded = graph.get();
        String typed = query.get();
        List<GraphNode> local = loaded == null ? List.of() : byNameThenNote(loaded, typed);
        results.setAll(local.stream().map(n -> new SearchResult(n, inScene.test(n.id()))).toList());
        GraphStore store = storeSide.store().get();
        if (loaded == null || store == null || typed.isBlank() || !storeSide.scenePartial().getAsBoolean()) {
            return;
        }
        asking = storeSide.health().query(() -> store.search(typed, MAX_RESULTS), hits -> {
            if (typed.equals(query.get()) && loaded == graph.get()) {
                results.setAll(merge(typed, local, hits, loaded));
            }
        }, problem -> {
            // The loaded graph's matches stay listed; a store that went away shows its own banner and this runs again when it is back.
        });
    }

    private List<GraphNode> byNameThenNote(LoadedGraph loaded, String typed) {
        Set<GraphNode> found = new LinkedHashSet<>(NameMatcher.search(loaded.nodes(), typed, MAX_RESULTS));
        for (String id : notesContaining.apply(typed)) {
            loaded.node(id).filter(n -> found.size() < MAX_RESULTS).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    /** What the loaded graph found, with what the store found besides; exact names first, then the loaded ones. */
    private List<SearchResult> merge(String typed, List<GraphNode> local, List<SearchHit> hits, LoadedGraph loaded) {
        Map<String, SearchResult> byId = new LinkedHashMap<>();
        local.forEach(n -> byId.put(n.id(), new SearchResult(n, inScene.test(n.id()))));
        for (SearchHit hit : hits) {
            GraphNode node = hit.node();
            byId.putIfAbsent(node.id(), loaded.node(node.id()).map(n -> new SearchResult(n, inScene.test(n.id())))
                    .orElse(new SearchResult(node, false)));
        }
        List<SearchResult> merged = new ArrayList<>(byId.values());
        // Stable: apart from exact names, the loaded graph's order (its own ranking) and then the store's stay as they were.
        merged.sort(Comparator.comparing(r -> !NameMatcher.isExact(r.node(), typed)));
        return merged.subList(0, Math.min(MAX_RESULTS, merged.size()));
    }
}
