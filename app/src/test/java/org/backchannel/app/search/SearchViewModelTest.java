package org.backchannel.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.BundledDataset;
import org.backchannel.exploration.Exploration;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphNode;
import org.backchannel.session.Note;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchViewModelTest {

    private static LoadedGraph graph;
    private final AtomicReference<LoadedGraph> loaded = new AtomicReference<>();
    private final List<GraphNode> picked = new ArrayList<>();
    private SearchViewModel search;

    @BeforeAll
    static void loadDataset() throws Exception {
        Dataset dataset = BundledDataset.load();
        graph = LoadedGraph.of(dataset.nodes(), dataset.links());
    }

    @BeforeEach
    void searchTheBundledGraph() {
        loaded.set(graph);
        search = new SearchViewModel(loaded::get, picked::add);
    }

    @Test
    void typingPartOfANameListsTheBestMatchFirst() {
        search.queryProperty().set("dobry");

        assertThat(search.getResults()).isNotEmpty();
        assertThat(search.getResults().get(0).node().id()).isEqualTo("anatoly-dobrynin");
        assertThat(search.getResults()).extracting(r -> r.node().name()).allSatisfy(name -> assertThat(name).containsIgnoringCase("dobrynin"));
    }

    @Test
    void resultsFollowEveryKeystroke() {
        search.queryProperty().set("dobry");
        int broad = search.getResults().size();

        search.queryProperty().set("dobrynin back");

        assertThat(search.getResults()).hasSizeLessThan(broad)
                .extracting(r -> r.node().id()).startsWith("kissinger-dobrynin-back-channel").doesNotContain("anatoly-dobrynin");
    }

    @Test
    void aBroadQueryListsAtMostTheLimit() {
        search.queryProperty().set("u");

        assertThat(search.getResults()).hasSize(SearchViewModel.MAX_RESULTS);
    }

    @Test
    void submitPicksTheFirstResult() {
        search.queryProperty().set("dobry");

        search.submit();

        assertThat(picked).extracting(GraphNode::id).containsExactly("anatoly-dobrynin");
    }

    @Test
    void submitWithoutResultsPicksNothing() {
        search.queryProperty().set("no such name anywhere");

        search.submit();

        assertThat(search.getResults()).isEmpty();
        assertThat(picked).isEmpty();
    }

    @Test
    void anEmptyQueryListsNothing() {
        search.queryProperty().set("dobry");

        search.queryProperty().set("  ");

        assertThat(search.getResults()).isEmpty();
    }

    @Test
    void nothingIsFoundBeforeAGraphIsLoaded() {
        loaded.set(null);

        search.queryProperty().set("dobry");

        assertThat(search.getResults()).isEmpty();
    }

    @Test
    void refreshSearchesAGraphLoadedAfterTheQueryWasTyped() {
        loaded.set(null);
        search.queryProperty().set("dobry");

        loaded.set(graph);
        search.refresh();

        assertThat(search.getResults()).extracting(r -> r.node().id()).startsWith("anatoly-dobrynin");
    }

    @Test
    void aNodeWhoseNoteMatchesIsFoundAfterTheNameMatches() {
        Exploration exploration = new Exploration();
        exploration.load(graph);
        SearchViewModel searchingNotes = new SearchViewModel(exploration, SearchViewModel.NONE, node -> { });
        GraphNode someone = graph.nodes().iterator().next();
        exploration.noteCommands().write(Note.Target.NODE, someone.id(), "Ask about the zanzibar cable", Instant.EPOCH);

        searchingNotes.queryProperty().set("zanzibar");
        assertThat(searchingNotes.getResults()).extracting(SearchResult::node).containsExactly(someone);
    }
}
