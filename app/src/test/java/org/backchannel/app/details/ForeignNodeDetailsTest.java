package org.backchannel.app.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.connection.Backoff;
import org.backchannel.app.connection.StoreHealth;
import org.backchannel.app.filter.FilterViewModel;
import org.backchannel.app.task.SameThreadTasks;
import org.backchannel.app.testing.UnsupportedGraphStore;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.store.GraphStore;
import org.junit.jupiter.api.Test;

/** Someone else's database: nodes of unknown labels show what they have, and filters that cannot apply say so. */
class ForeignNodeDetailsTest {

    private final GraphNode ada = new GraphNode("4:x:0", null, "Ada", List.of(), null, null, null, null, null, null, List.of(),
            Map.of("labels", "Person", "name", "Ada", "born", "1815"));
    private final GraphNode charles = new GraphNode("4:x:1", null, "Charles", List.of(), null, null, null, null, null, null,
            List.of(), Map.of("labels", "Person, Mathematician", "name", "Charles"));
    private final GraphLink knows = new GraphLink("5:x:0", null, ada.id(), charles.id(), null, null, null, null, null, List.of(), "KNOWS");
    private final LoadedGraph graph = LoadedGraph.of(List.of(ada, charles), List.of(knows));

    @Test
    void detailsShowTheLabelsPropertiesAndRelationshipTypesAsTheDatabaseHasThem() {
        GraphStore store = new UnsupportedGraphStore() {
            @Override
            public Optional<GraphNode> nodeDetails(String id) {
                return Optional.of(ada).filter(n -> n.id().equals(id));
            }
        };
        DetailsViewModel details = new DetailsViewModel(new StoreHealth(new SameThreadTasks(), Backoff.STANDARD), () -> store);
        details.show(ada, graph);
        assertThat(details.subtitleProperty().get()).isEqualTo("Not a Backchannel node · labels: Person");
        assertThat(details.descriptionProperty().get()).contains("born: 1815", "name: Ada").doesNotContain("labels");
        assertThat(details.getFacts()).extracting(FactRow::text).containsExactly("KNOWS → Charles");
        assertThat(details.getCitations()).isEmpty();
        assertThat(details.evidenceProperty().get()).isEmpty();
    }

    @Test
    void aRelationshipOfTheirsShowsItsTypeWithoutAskingTheStore() {
        DetailsViewModel details = new DetailsViewModel(new StoreHealth(new SameThreadTasks(), Backoff.STANDARD),
                () -> new UnsupportedGraphStore() { });
        details.showLink(knows, graph);
        assertThat(details.titleProperty().get()).isEqualTo("Ada · KNOWS → Charles");
        assertThat(details.subtitleProperty().get()).isEqualTo("Link · KNOWS");
        assertThat(details.evidenceProperty().get()).isEmpty();
    }

    @Test
    void filtersThatCannotApplyAreSwitchedOff() {
        FilterViewModel filters = new FilterViewModel(new org.backchannel.exploration.Exploration());
        filters.adaptTo(graph);
        assertThat(filters.applies().channelTypesApplyProperty().get()).isFalse();
        assertThat(filters.applies().erasApplyProperty().get()).isFalse();
    }
}
