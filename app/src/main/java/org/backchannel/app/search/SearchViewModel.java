package org.backchannel.app.search;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.NameMatcher;
import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.Exploration;
import org.backchannel.model.GraphNode;

/**
 * Incremental search over the loaded graph, by name and then by the analyst's notes: results follow
 * every keystroke; Enter picks the best match, which the explorer selects and centres on.
 */
public final class SearchViewModel {

    static final int MAX_RESULTS = 12;

    // Properties
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<GraphNode> results = FXCollections.observableArrayList();

    private final Supplier<LoadedGraph> graph;
    private final Consumer<GraphNode> onPick;
    /** The nodes whose analyst's note contains the query: found after those whose name matches. */
    private Function<String, Set<String>> notesContaining = text -> Set.of();

    /**
     * @param graph  what is loaded now
     * @param onPick what to do with the picked node (select and centre it)
     */
    public SearchViewModel(Supplier<LoadedGraph> graph, Consumer<GraphNode> onPick) {
        this.graph = graph;
        this.onPick = onPick;
        query.addListener((obs, old, now) -> refresh());
    }

    /** Searches what the exploration holds and focuses on the node picked. */
    public SearchViewModel(Exploration exploration) {
        this(exploration::graph, node -> exploration.focusOn(node.id()));
        notesContaining = exploration.notes()::nodesWhoseNoteContains;
        exploration.addListener(event -> {
            if (event.touches(Aspect.SCENE) || event.touches(Aspect.NOTES)) {
                refresh();
            }
        });
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<GraphNode> getResults() {
        return results;
    }

    // Commands

    /** Picks the best match, if any. */
    public void submit() {
        if (!results.isEmpty()) {
            pick(results.get(0));
        }
    }

    public void pick(GraphNode node) {
        onPick.accept(node);
    }

    public void refresh() {
        LoadedGraph loaded = graph.get();
        if (loaded == null) {
            results.clear();
            return;
        }
        Set<GraphNode> found = new LinkedHashSet<>(NameMatcher.search(loaded.nodes(), query.get(), MAX_RESULTS));
        for (String id : notesContaining.apply(query.get())) {
            loaded.node(id).filter(n -> found.size() < MAX_RESULTS).ifPresent(found::add);
        }
        results.setAll(found);
    }
}
