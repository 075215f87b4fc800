package org.backchannel.app.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.BundledDataset;
import org.backchannel.app.connection.Backoff;
import org.backchannel.app.connection.StoreHealth;
import org.backchannel.app.task.SameThreadTasks;
import org.backchannel.app.testing.InMemoryGraphStore;
import org.backchannel.app.testing.UnsupportedGraphStore;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.GraphPath;
import org.backchannel.store.PathQuery;
import org.backchannel.store.StoreUnavailableException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PathViewModelTest {

    private static final GraphFilter BACK_CHANNELS = new GraphFilter(Set.of(ChannelType.BACK_CHANNEL), null);

    private static LoadedGraph graph;

    @BeforeAll
    static void loadDataset() throws Exception {
        Dataset dataset = BundledDataset.load();
        graph = LoadedGraph.of(dataset.nodes(), dataset.links());
    }

    private static GraphNode node(String id) {
        return graph.node(id).orElseThrow();
    }

    private static GraphLink link(String id) {
        return graph.link(id).orElseThrow();
    }

    private static GraphPath bidenToPutin() {
        return new GraphPath(List.of(node("joe-biden"), node("william-burns"), node("vladimir-putin")),
                List.of(link("biden-spoke-with-burns-2021-11"), link("burns-spoke-with-putin-2021-11")));
    }

    private static String firstQuote(String linkId) {
        GraphLink link = link(linkId);
        return "“" + link.citations().get(0).quote() + "” [" + link.citations().get(0).sourceId() + "]";
    }

    private static PathViewModel between(String from, String to, PathStore store) {
        return between(from, to, store, BACK_CHANNELS);
    }

    private static PathViewModel between(String from, String to, PathStore store, GraphFilter filter) {
        PathViewModel path = new PathViewModel(new StoreHealth(new SameThreadTasks(), Backoff.STANDARD), () -> store, () -> filter,
                id -> graph.node(id).map(org.backchannel.model.GraphNode::name), () -> graph, () -> false);
        path.fromProperty().set(from == null ? null : node(from));
        path.toProperty().set(to == null ? null : node(to));
        return path;
    }

    @Test
    void withoutBothEndsItAsksForTwoNodes() {
        PathStore store = new PathStore(query -> List.of(bidenToPutin()));
        PathViewModel path = between("joe-biden", null, store);

        path.find();

        assertThat(path.messageProperty().get()).isEqualTo("Pick two nodes: from and to.");
        assertThat(store.queries).isEmpty();
    }

    @Test
    void withoutAStoreItAsksForTwoNodesToo() {
        PathViewModel path = new PathViewModel(new StoreHealth(new SameThreadTasks(), Backoff.STANDARD), () -> null, () -> GraphFilter.ALL);
        path.fromProperty().set(node("joe-biden"));
        path.toProperty().set(node("vladimir-putin"));

        path.find();

        assertThat(path.messageProperty().get()).isEqualTo("Pick two nodes: from and to.");
    }

    @Test
    void theSameNodeAtBothEndsIsNotSearched() {
        PathStore store = new PathStore(query -> List.of(bidenToPutin()));
        PathViewModel path = between("joe-biden", "joe-biden", store);

        path.find();

        assertThat(path.messageProperty().get()).isEqualTo("From and to are the same node.");
        assertThat(store.queries).isEmpty();
    }

    @Test
    void theStoreIsAskedUnderTheCurrentFilterWithTheHopCapKeptInRange() {
        PathStore store = new PathStore(query -> List.of(bidenToPutin()));
        PathViewModel path = between("joe-biden", "vladimir-putin", store);
        path.maxHopsProperty().set(50);
        path.allShortestProperty().set(true);

        path.find();

        assertThat(store.queries).singleElement().satisfies(query -> {
            assertThat(query.fromId()).isEqualTo("joe-biden");
            assertThat(query.toId()).isEqualTo("vladimir-putin");
            assertThat(query.maxHops()).isEqualTo(PathQuery.MAX_HOPS);
            assertThat(query.all()).isTrue();
            assertThat(query.filter()).isEqualTo(BACK_CHANNELS);
        });
    }

    @Test
    void aPathIsListedHopByHopWithHowAndWhen() {
        PathViewModel path = between("joe-biden", "vladimir-putin", new PathStore(query -> List.of(bidenToPutin())));

        path.find();

        assertThat(path.getSteps()).containsExactly(
                new PathStep(1, "Joe Biden", "spoke with via William Burns as Biden’s trusted emissary", "William Burns", "2021-11",
                        "biden-spoke-with-burns-2021-11", firstQuote("biden-spoke-with-burns-2021-11"), ""),
                new PathStep(2, "William Burns", "spoke with via William Burns as Biden’s trusted emissary", "Vladimir Putin", "2021-11",
                        "burns-spoke-with-putin-2021-11", firstQuote("burns-spoke-with-putin-2021-11"), ""));
        assertThat(path.messageProperty().get()).isEqualTo("Shortest path: 2 hops.");
        assertThat(path.busyProperty().get()).isFalse();
    }

    @Test
    void aHopsRoleIsPartOfHowAndAnUndatedHopHasNoDate() {
        GraphPath viaChannel = new GraphPath(
                List.of(node("richard-nixon"), node("kissinger-dobrynin-back-channel"), node("anatoly-dobrynin")),
                List.of(link("nixon-participates-in-kissinger-dobrynin-back-channel"),
                        link("dobrynin-participates-in-kissinger-dobrynin-back-channel")));
        PathViewModel path = between("richard-nixon", "anatoly-dobrynin", new PathStore(query -> List.of(viaChannel)));

        path.find();

        assertThat(path.getSteps()).extracting(PathStep::how)
                .containsExactly("participates in (principal)", "participates in (interlocutor (Soviet side))");
        assertThat(path.getSteps()).extracting(PathStep::when).containsExactly("", "");
    }

    @Test
    void theNodesAndLinksOnThePathAreHighlighted() {
        PathViewModel path = between("joe-biden", "vladimir-putin", new PathStore(query -> List.of(bidenToPutin())));

        path.find();

        assertThat(path.highlightedProperty().get()).containsExactlyInAnyOrder("joe-biden", "william-burns", "vladimir-putin",
                "biden-spoke-with-burns-2021-11", "burns-spoke-with-putin-2021-11");
    }

    @Test
    void severalShortestPathsAreAllListedAndCountedInTheMessage() {
        GraphPath viaEmissary = new GraphPath(
                List.of(node("joe-biden"), node("burns-trusted-emissary-channel"), node("william-burns")),
                List.of(link("biden-participates-in-burns-emissary-channel"), link("burns-participates-in-burns-emissary-channel")));
        GraphPath viaPossibleChannel = new GraphPath(
                List.of(node("joe-biden"), node("possible-us-russia-back-channel"), node("william-burns")),
                List.of(link("biden-participates-in-possible-back-channel"), link("burns-participates-in-possible-back-channel")));
        PathViewModel path = between("joe-biden", "william-burns", new PathStore(query -> List.of(viaEmissary, viaPossibleChannel)));

        path.find();

        assertThat(path.messageProperty().get()).isEqualTo("2 shortest paths of 2 hops.");
        assertThat(path.getSteps()).extracting(PathStep::hop).containsExactly(1, 2, 1, 2);
        assertThat(path.highlightedProperty().get())
                .contains("burns-trusted-emissary-channel", "possible-us-russia-back-channel").hasSize(8);
    }

    @Test
    void noPathClearsTheLastOneAndNamesBothEnds() {
        List<List<GraphPath>> answers = new ArrayList<>(List.of(List.of(bidenToPutin()), List.of()));
        PathViewModel path = between("joe-biden", "vladimir-putin", new PathStore(query -> answers.remove(0)));
        path.find();

        path.find();

        assertThat(path.messageProperty().get())
                .isEqualTo("No path of at most 6 hops between Joe Biden and Vladimir Putin under the current filters.");
        assertThat(path.getSteps()).isEmpty();
        assertThat(path.highlightedProperty().get()).isEmpty();
    }

    @Test
    void aStoreFailureIsReportedAndTheSearchIsNoLongerBusy() {
        PathViewModel path = between("joe-biden", "vladimir-putin", new PathStore(query -> {
            throw new StoreUnavailableException("Neo4j at bolt://localhost:7687 is not running.");
        }));

        path.find();

        assertThat(path.messageProperty().get()).isEqualTo("The path search failed: Neo4j at bolt://localhost:7687 is not running.");
        assertThat(path.busyProperty().get()).isFalse();
    }

    @Test
    void clearForgetsStepsHighlightsAndMessage() {
        PathViewModel path = between("joe-biden", "vladimir-putin", new PathStore(query -> List.of(bidenToPutin())));
        path.find();

        path.clear();

        assertThat(path.getSteps()).isEmpty();
        assertThat(path.highlightedProperty().get()).isEmpty();
        assertThat(path.messageProperty().get()).isEmpty();
    }

    /** Answers path queries with canned paths and records what it was asked. */
    private static final class PathStore extends UnsupportedGraphStore {

        final List<PathQuery> queries = new ArrayList<>();
        private final Function<PathQuery, List<GraphPath>> answer;

        PathStore(Function<PathQuery, List<GraphPath>> answer) {
            this.answer = answer;
        }

        @Override
        public List<GraphPath> shortestPaths(PathQuery query) {
            queries.add(query);
            return answer.apply(query);
        }

        @Override
        public java.util.Optional<GraphLink> linkDetails(String id, org.backchannel.model.LinkType type) {
            return graph.link(id);
        }

    }

    @Test
    void anEndCanBePickedByNameFromTheStoreWhenTheSceneHoldsOnlyPartOfIt() throws Exception {
        Dataset dataset = BundledDataset.load();
        LoadedGraph partial = LoadedGraph.of(dataset.nodes().stream().filter(n -> !n.id().equals("william-burns")).toList(), List.of());
        InMemoryGraphStore store = new InMemoryGraphStore(dataset);
        PathViewModel path = new PathViewModel(new StoreHealth(new SameThreadTasks(), Backoff.STANDARD), () -> store,
                () -> GraphFilter.ALL, id -> java.util.Optional.empty(), () -> partial, () -> true);

        path.fromSearch().queryProperty().set("William Burns");
        path.fromSearch().submit();
        path.toSearch().queryProperty().set("vladimir putin");
        path.toSearch().submit();

        assertThat(path.fromSearch().getResults().get(0).inScene()).isFalse();
        assertThat(path.fromProperty().get().id()).isEqualTo("william-burns");
        assertThat(path.toProperty().get().id()).isEqualTo("vladimir-putin");
    }

    @Test
    void inTimeBidensMessageReachesPutinThroughBurnssNovember2021VisitAndTheOrderIsSaidToBeUncertain() {
        PathStore store = new PathStore(query -> List.of());
        PathViewModel path = between("joe-biden", "vladimir-putin", store, GraphFilter.ALL);
        path.modeProperty().set(PathMode.IN_TIME_EARLIEST);

        path.find();

        assertThat(store.queries).as("a time-respecting path is asked of the scene").isEmpty();
        assertThat(path.getSteps()).extracting(PathStep::to).containsExactly("William Burns", "Vladimir Putin");
        PathStep visit = path.getSteps().get(1);
        assertThat(visit.when()).startsWith("2021-11");
        assertThat(visit.quote()).isEqualTo(firstQuote(visit.linkId()));
        assertThat(visit.order()).isEqualTo("may have come before hop 1: the dates overlap");
        assertThat(path.messageProperty().get()).startsWith("Time-respecting path: 2 hops")
                .contains("Partial dates leave the order of some hops uncertain");
        assertThat(path.highlightedProperty().get()).contains("william-burns", visit.linkId());
    }

    @Test
    void exchangesOnlyFollowsNoParticipationLink() {
        PathViewModel path = between("joe-biden", "vladimir-putin", new PathStore(query -> List.of()), GraphFilter.ALL);
        path.modeProperty().set(PathMode.SHORTEST_EXCHANGES);

        path.find();

        assertThat(path.getSteps()).isNotEmpty().allSatisfy(step ->
                assertThat(link(step.linkId()).type()).isEqualTo(org.backchannel.model.LinkType.SPOKE_WITH));
        assertThat(path.messageProperty().get()).startsWith("Shortest path along exchanges:");

        PathViewModel nixon = between("richard-nixon", "anatoly-dobrynin", new PathStore(query -> List.of()), GraphFilter.ALL);
        nixon.modeProperty().set(PathMode.SHORTEST_EXCHANGES);
        nixon.find();
        assertThat(nixon.messageProperty().get()).isEqualTo("No shortest · exchanges only path of at most 6 hops between"
                + " Richard Nixon and Anatoly Dobrynin in the scene under the current filters.");
    }

    @Test
    void swappingTurnsTheQuestionRound() {
        PathViewModel path = between("joe-biden", "vladimir-putin", new PathStore(query -> List.of()));
        path.fromSearch().queryProperty().set("Biden");

        path.swap();

        assertThat(path.fromProperty().get().id()).isEqualTo("vladimir-putin");
        assertThat(path.toProperty().get().id()).isEqualTo("joe-biden");
        assertThat(path.toSearch().queryProperty().get()).isEqualTo("Biden");
        assertThat(path.fromSearch().queryProperty().get()).isEmpty();
    }
}
