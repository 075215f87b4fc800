package org.backchannel.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.app.BundledDataset;
import org.backchannel.app.exchanges.ExchangeRow;
import org.backchannel.app.task.SameThreadTasks;
import org.backchannel.app.testing.InMemoryGraphStore;
import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.HighlightSource;
import org.backchannel.model.Dataset;
import org.backchannel.model.Eras;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.store.StoreUnavailableException;
import org.backchannel.store.Subgraph;
import org.backchannel.store.StoreUnreachableException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExplorerViewModelTest {

    private static Dataset dataset;
    private ExplorerPanes panes;
    private ExplorerViewModel explorer;

    @BeforeAll
    static void loadDataset() throws Exception {
        dataset = BundledDataset.load();
    }

    @BeforeEach
    void newExplorer() {
        panes = new ExplorerPanes(new SameThreadTasks());
        explorer = panes.explorer();
    }

    private LoadedGraph graph() {
        return explorer.graphProperty().get();
    }

    @Test
    void openingAStoreLoadsItsGraphAndShowsAllOfIt() {
        explorer.open(new InMemoryGraphStore(dataset));

        assertThat(graph().nodeCount()).isEqualTo(96);
        assertThat(graph().linkCount()).isEqualTo(203);
        assertThat(explorer.visibleProperty().get().nodeIds()).hasSize(96);
        assertThat(explorer.visibleProperty().get().linkIds()).hasSize(203);
        assertThat(explorer.statusProperty().get()).isEqualTo("Showing 96 of 96 nodes, 203 of 203 links");
        assertThat(explorer.loadingProperty().get()).isFalse();
        assertThat(explorer.cappedProperty().get()).isFalse();
        assertThat(explorer.graphVersionProperty().get()).isEqualTo(1);
    }

    @Test
    void afterADatasetLeftTheStoreTheStatusCountsWhatStayed() {
        explorer.open(new InMemoryGraphStore(dataset));
        List<GraphNode> kept = graph().nodesSoFar().subList(0, 3);

        panes.exploration().storeChanges().forgetRemoved(new Subgraph(kept, List.of(), false, kept.size()), true);

        assertThat(graph().nodeCount()).isEqualTo(kept.size());
        assertThat(explorer.statusProperty().get()).startsWith("Showing " + kept.size() + " of " + kept.size() + " nodes, 0 of 0 links");
    }

    @Test
    void openingAdaptsTheFiltersAndListsEveryExchange() {
        explorer.open(new InMemoryGraphStore(dataset));

        assertThat(panes.filters().minYearProperty().get()).isEqualTo(1962);
        assertThat(panes.exchanges().getRows()).hasSize(12);
        assertThat(panes.details().sources()).containsExactlyInAnyOrderElementsOf(dataset.sources());
    }

    @Test
    void aStoreLargerThanTheSceneCapIsLoadedInPartAndSaysSo() {
        explorer.sceneCapProperty().set(10);

        explorer.open(new InMemoryGraphStore(dataset));

        assertThat(graph().nodeCount()).isEqualTo(10);
        assertThat(explorer.cappedProperty().get()).isTrue();
        assertThat(explorer.statusProperty().get()).startsWith("Showing 10 of 10 nodes")
                .endsWith(" · capped at 10 of 96 nodes: narrow the filters or expand");
    }

    @Test
    void selectingOneNodeShowsItsDetailsAndExchanges() {
        explorer.open(new InMemoryGraphStore(dataset));

        explorer.select("henry-kissinger", false);

        assertThat(panes.details().titleProperty().get()).isEqualTo("Henry Kissinger");
        assertThat(panes.details().getCitations()).as("asked of the store: the overview holds outlines").singleElement()
                .satisfies(row -> assertThat(row.quote()).contains("national security advisor"));
        assertThat(panes.exchanges().getRows()).hasSize(2);
        assertThat(panes.exchanges().getRows()).allSatisfy(row -> assertThat(row.source()).contains("somerville-2022"));
        assertThat(explorer.statusProperty().get()).endsWith(" · 1 selected");
    }

    @Test
    void aSecondNodeAddedToTheSelectionClearsTheDetails() {
        explorer.open(new InMemoryGraphStore(dataset));
        explorer.select("henry-kissinger", false);

        explorer.select("william-burns", true);

        assertThat(explorer.getSelection()).containsExactlyInAnyOrder("henry-kissinger", "william-burns");
        assertThat(panes.details().titleProperty().get()).isEmpty();
        assertThat(panes.exchanges().getRows()).hasSize(8);
        assertThat(explorer.statusProperty().get()).endsWith(" · 2 selected");
    }

    @Test
    void anAdditiveClickOnASelectedNodeDeselectsIt() {
        explorer.open(new InMemoryGraphStore(dataset));
        explorer.select("henry-kissinger", false);
        explorer.select("william-burns", true);

        explorer.select("henry-kissinger", true);

        assertThat(explorer.getSelection()).containsExactly("william-burns");
        assertThat(panes.details().titleProperty().get()).isEqualTo("William Burns");
    }

    @Test
    void aPlainClickReplacesTheSelection() {
        explorer.open(new InMemoryGraphStore(dataset));
        explorer.selectOnly(Set.of("henry-kissinger", "william-burns"));

        explorer.select("joe-biden", false);

        assertThat(explorer.getSelection()).containsExactly("joe-biden");
    }

    @Test
    void aFilterChangeNarrowsWhatIsVisibleAndIsNamedInTheStatus() {
        explorer.open(new InMemoryGraphStore(dataset));

        panes.filters().applyEra(Eras.DEFAULTS.named("detente").orElseThrow());

        VisibleGraph expected = VisibleGraph.of(graph(), panes.filters().filterProperty().get());
        assertThat(explorer.visibleProperty().get()).isEqualTo(expected);
        assertThat(expected.nodeIds()).hasSizeLessThan(96);
        assertThat(explorer.statusProperty().get()).isEqualTo("Showing " + expected.nodeIds().size() + " of 96 nodes, "
                + expected.linkIds().size() + " of 203 links · filters: 1969–1979");
        assertThat(panes.exchanges().getRows()).extracting(ExchangeRow::linkId)
                .containsExactly("kissinger-spoke-with-dobrynin-1969-1977", "kissinger-spoke-with-dobrynin-cienfuegos-1970");
    }

    @Test
    void focusingOnANodeSelectsOnlyItAndAsksTheViewToCentreOnIt() {
        explorer.open(new InMemoryGraphStore(dataset));
        explorer.selectOnly(Set.of("henry-kissinger", "william-burns"));

        explorer.focusOn(graph().node("anatoly-dobrynin").orElseThrow());

        assertThat(explorer.getSelection()).containsExactly("anatoly-dobrynin");
        assertThat(panes.exploration().focus()).isEqualTo("anatoly-dobrynin");
        assertThat(panes.details().titleProperty().get()).isEqualTo("Anatoly Dobrynin");
    }

    @Test
    void focusingOnTheSameNodeAgainStillTellsTheView() {
        explorer.open(new InMemoryGraphStore(dataset));
        explorer.focusOn(graph().node("anatoly-dobrynin").orElseThrow());
        List<String> centred = new ArrayList<>();
        panes.exploration().addListener(event -> {
            if (event.touches(Aspect.FOCUS)) {
                centred.add(panes.exploration().focus());
            }
        });

        explorer.focusOn(graph().node("anatoly-dobrynin").orElseThrow());

        assertThat(centred).containsExactly("anatoly-dobrynin");
    }

    @Test
    void submittingASearchFocusesOnTheBestMatch() {
        explorer.open(new InMemoryGraphStore(dataset));

        panes.search().queryProperty().set("dobry");
        panes.search().submit();

        assertThat(panes.exploration().focus()).isEqualTo("anatoly-dobrynin");
        assertThat(explorer.getSelection()).containsExactly("anatoly-dobrynin");
    }

    @Test
    void expandingANodeAddsItsNeighboursFromTheStore() {
        explorer.open(new InMemoryGraphStore(dataset, id -> !id.equals("anatoly-dobrynin")));
        assertThat(graph().node("anatoly-dobrynin")).isEmpty();

        explorer.expand("henry-kissinger");

        assertThat(graph().node("anatoly-dobrynin")).isPresent();
        assertThat(graph().nodeCount()).isEqualTo(96);
        assertThat(graph().linksOf("anatoly-dobrynin")).extracting(GraphLink::id).containsExactlyInAnyOrder(
                "kissinger-spoke-with-dobrynin-1969-1977", "kissinger-spoke-with-dobrynin-cienfuegos-1970");
        assertThat(explorer.visibleProperty().get().nodeIds()).contains("anatoly-dobrynin");
        assertThat(explorer.graphVersionProperty().get()).isEqualTo(2);
        assertThat(explorer.statusProperty().get()).endsWith(" · expanded: 1 new");
        assertThat(explorer.loadingProperty().get()).isFalse();
    }

    @Test
    void expandingBeforeAnythingIsLoadedDoesNothing() {
        explorer.expand("henry-kissinger");

        assertThat(graph()).isNull();
        assertThat(explorer.loadingProperty().get()).isFalse();
    }

    @Test
    void aStoreThatFailsWhileExpandingKeepsTheGraphOnScreenAndSaysSo() {
        InMemoryGraphStore store = new InMemoryGraphStore(dataset, id -> !id.equals("anatoly-dobrynin"));
        explorer.open(store);
        LoadedGraph before = graph();
        VisibleGraph visibleBefore = explorer.visibleProperty().get();
        store.failWith(new StoreUnavailableException("Neo4j went away"));

        explorer.expand("henry-kissinger");

        assertThat(graph()).isSameAs(before);
        assertThat(graph().nodeCount()).isEqualTo(95);
        assertThat(explorer.visibleProperty().get()).isEqualTo(visibleBefore);
        assertThat(explorer.statusProperty().get())
                .isEqualTo("The store did not answer: Neo4j went away — the graph on screen is kept.");
        assertThat(explorer.loadingProperty().get()).isFalse();
    }

    @Test
    void whenTheStoreGoesAwayTheGraphIsKeptABannerShowsAndTheExpansionFollowsOnceItIsBack() {
        SameThreadTasks tasks = new SameThreadTasks();
        panes = new ExplorerPanes(tasks);
        explorer = panes.explorer();
        InMemoryGraphStore store = new InMemoryGraphStore(dataset, id -> !id.equals("anatoly-dobrynin"));
        explorer.open(store);
        store.failWith(new StoreUnreachableException("Cannot reach Neo4j at bolt://db.example:7687", null));

        explorer.expand("henry-kissinger");

        assertThat(graph().nodeCount()).isEqualTo(95);
        assertThat(explorer.health().lostProperty().get()).isTrue();
        assertThat(explorer.health().messageProperty().get()).contains("trying again in 1 s");
        assertThat(explorer.health().reasonProperty().get()).contains("bolt://db.example:7687");
        assertThat(explorer.statusProperty().get()).contains("the graph on screen is kept");
        assertThat(explorer.loadingProperty().get()).isFalse();

        tasks.runScheduled();
        assertThat(explorer.health().messageProperty().get()).contains("trying again in 2 s");

        store.failWith(null);
        tasks.runScheduled();

        assertThat(explorer.health().lostProperty().get()).isFalse();
        assertThat(graph().node("anatoly-dobrynin")).isPresent();
        assertThat(explorer.statusProperty().get()).contains("expanded: 1 new");
    }

    @Test
    void aStoreThatFailsWhileOpeningLeavesNothingLoadedAndSaysSo() {
        InMemoryGraphStore store = new InMemoryGraphStore(dataset);
        store.failWith(new StoreUnavailableException("Neo4j went away"));

        explorer.open(store);

        assertThat(graph()).isNull();
        assertThat(explorer.statusProperty().get()).contains("Neo4j went away");
        assertThat(explorer.loadingProperty().get()).isFalse();
    }

    @Test
    void thePathSearchAsksTheOpenedStoreUnderTheCurrentFilters() {
        explorer.open(new InMemoryGraphStore(dataset));
        panes.filters().applyEra(Eras.DEFAULTS.named("detente").orElseThrow());
        panes.path().fromProperty().set(graph().node("henry-kissinger").orElseThrow());
        panes.path().toProperty().set(graph().node("joe-biden").orElseThrow());

        panes.path().find();

        assertThat(panes.path().messageProperty().get())
                .isEqualTo("No path of at most 6 hops between Henry Kissinger and Joe Biden under the current filters.");
    }

    @Test
    void anExportIsReportedAfterTheUsualStatus() {
        explorer.open(new InMemoryGraphStore(dataset));

        explorer.report("exported " + Path.of("figure.png"));

        assertThat(explorer.statusProperty().get()).isEqualTo("Showing 96 of 96 nodes, 203 of 203 links · exported figure.png");
    }

    @Test
    void anExpansionBeyondTheLimitSaysHowManyLinksWereNotLoaded() {
        explorer.open(new InMemoryGraphStore(dataset, id -> id.equals("united-states")));
        explorer.expandLimitProperty().set(5);

        explorer.expand("united-states");

        assertThat(graph().linksOf("united-states")).hasSize(5);
        assertThat(panes.exploration().notLoaded()).containsEntry("united-states", 15L);
        assertThat(explorer.statusProperty().get()).contains("(+15 more not loaded)");
    }

    @Test
    void pickingAnExchangeHighlightsItsLinkAndBothEndsAndCentresOnTheSender() {
        explorer.open(new InMemoryGraphStore(dataset));
        String link = dataset.links().stream().filter(l -> l.fromId().equals("henry-kissinger") && l.toId().equals("anatoly-dobrynin"))
                .findFirst().orElseThrow().id();

        explorer.pickLink(link);

        assertThat(panes.exploration().highlights().of(HighlightSource.PICKED_EXCHANGE)).containsExactlyInAnyOrder(link, "henry-kissinger", "anatoly-dobrynin");
        assertThat(panes.exploration().focus()).isEqualTo("henry-kissinger");
        assertThat(panes.details().titleProperty().get()).startsWith("Henry Kissinger · spoke with Anatoly Dobrynin");
        assertThat(panes.details().getCitations()).isNotEmpty();
        explorer.clearSelection();
        assertThat(panes.exploration().highlights().of(HighlightSource.PICKED_EXCHANGE)).isEmpty();
    }
}
