package org.backchannel.app.search;

import java.util.function.Consumer;
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
 * Incremental search over the loaded graph: results follow every keystroke; Enter picks the best
 * match, which the explorer selects and centres on.
 */
public final class SearchViewModel {

    static final int MAX_RESULTS = 12;

    // Properties
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<GraphNode> results = FXCollections.observableArrayList();

    private final Supplier<LoadedGraph> graph;
    private final Consumer<GraphNode> onPick;

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
        exploration.addListener(event -> {
            if (event.touches(Aspect.SCENE)) {
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
        results.setAll(loaded == null ? java.util.List.of() : NameMatcher.search(loaded.nodes(), query.get(), MAX_RESULTS));
    }
}
