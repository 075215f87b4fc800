package org.backchannel.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.backchannel.app.BundledDataset;
import org.backchannel.app.explorer.ExplorerPanes;
import org.backchannel.app.explorer.ExplorerViewModel;
import org.backchannel.app.task.SameThreadTasks;
import org.backchannel.app.testing.InMemoryGraphStore;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When the scene holds only part of the store, the search box also asks the store: a node found
 * there is marked as not on screen, ranks first when its name is exactly what was typed, and
 * picking it brings it into the scene with its neighbours.
 */
class StoreSideSearchTest {

    private static final String BURNS = "william-burns";
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

    @Test
    void aNodeOutsideACappedSceneIsFoundMarkedAndBroughtInWithItsNeighbours() {
        explorer.sceneCapProperty().set(20);
        InMemoryGraphStore store = new InMemoryGraphStore(dataset, id -> !id.equals(BURNS));
        explorer.open(store);
        assertThat(explorer.cappedProperty().get()).isTrue();
        assertThat(explorer.graphProperty().get().node(BURNS)).isEmpty();

        panes.search().queryProperty().set("william burns");

        SearchResult first = panes.search().getResults().get(0);
        assertThat(first.node().id()).isEqualTo(BURNS);
        assertThat(first.inScene()).isFalse();
        assertThat(first.label()).contains("William Burns", "not on screen");
        assertThat(panes.search().getResults()).filteredOn(SearchResult::inScene)
                .allSatisfy(r -> assertThat(explorer.graphProperty().get().node(r.node().id())).isPresent());

        panes.search().submit();

        Set<String> neighbours = dataset.links().stream().filter(l -> l.fromId().equals(BURNS) || l.toId().equals(BURNS))
                .map(l -> l.fromId().equals(BURNS) ? l.toId() : l.fromId()).collect(Collectors.toSet());
        assertThat(explorer.graphProperty().get().node(BURNS)).isPresent();
        neighbours.forEach(id -> assertThat(explorer.graphProperty().get().node(id)).as(id).isPresent());
        assertThat(explorer.getSelection()).containsExactly(BURNS);
        assertThat(panes.exploration().focus()).isEqualTo(BURNS);
    }

    @Test
    void aNodeTakenOutOfTheSceneIsFoundAsNotOnScreenAndPickingItBringsItBack() {
        explorer.open(new InMemoryGraphStore(dataset));
        panes.exploration().commands().remove(Set.of(BURNS));
        assertThat(panes.exploration().inScene(BURNS)).isFalse();

        panes.search().queryProperty().set("william burns");

        SearchResult first = panes.search().getResults().get(0);
        assertThat(first.node().id()).isEqualTo(BURNS);
        assertThat(first.inScene()).isFalse();
        assertThat(first.label()).contains("not on screen");

        panes.search().submit();

        assertThat(panes.exploration().inScene(BURNS)).isTrue();
        assertThat(panes.exploration().focus()).isEqualTo(BURNS);
    }

    @Test
    void anExactNameFromTheStoreRanksBeforeSimilarNamesOnScreen() {
        explorer.sceneCapProperty().set(dataset.nodes().size() - 2);
        GraphLink anyLink = dataset.links().get(0);
        String hidden = anyLink.fromId();
        String name = dataset.node(hidden).orElseThrow().name();
        explorer.open(new InMemoryGraphStore(dataset, id -> !id.equals(hidden)));

        panes.search().queryProperty().set(name.toUpperCase(java.util.Locale.ROOT));

        assertThat(panes.search().getResults().get(0)).satisfies(r -> {
            assertThat(r.node().id()).isEqualTo(hidden);
            assertThat(r.inScene()).isFalse();
        });
    }

    @Test
    void aSceneHoldingTheWholeStoreDoesNotAskTheStore() {
        InMemoryGraphStore store = new InMemoryGraphStore(dataset);
        explorer.open(store);

        panes.search().queryProperty().set("william burns");

        assertThat(store.searches()).isZero();
        assertThat(panes.search().getResults()).allSatisfy(r -> assertThat(r.inScene()).isTrue());
        assertThat(panes.search().getResults().get(0).node().id()).isEqualTo(BURNS);
    }
}
