package org.backchannel.app.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.app.BundledDataset;
import org.backchannel.exploration.LayoutMode;
import org.backchannel.app.graph.LayoutFactory.Prepared;
import org.backchannel.layout.DrawingLayout;
import org.backchannel.layout.ForceAtlas2Layout;
import org.backchannel.layout.Layout;
import org.backchannel.layout.LayoutGraph;
import org.backchannel.layout.LayoutState;
import org.backchannel.layout.TimelineLayout;
import org.backchannel.layout.UnlinkedAside;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.YearRange;
import org.backchannel.store.GraphFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LayoutFactoryTest {

    private static LoadedGraph graph;
    private static VisibleGraph everything;

    @BeforeAll
    static void loadDataset() throws Exception {
        Dataset dataset = BundledDataset.load();
        graph = LoadedGraph.of(dataset.nodes(), dataset.links());
        everything = VisibleGraph.of(graph, GraphFilter.ALL);
    }

    private static GraphNode actor(String id) {
        return new GraphNode(id, NodeKind.ACTOR, id.toUpperCase(), List.of(), "person", null, null, null, null, null, List.of());
    }

    private static GraphLink spokeWith(String id, String from, String to) {
        return new GraphLink(id, LinkType.SPOKE_WITH, from, to, null, null, null, null, null, List.of());
    }

    private static Set<String> edges(Prepared prepared) {
        Set<String> pairs = new HashSet<>();
        LayoutGraph layoutGraph = prepared.graph();
        for (int e = 0; e < layoutGraph.edgeCount(); e++) {
            String a = prepared.ids().get(layoutGraph.source(e));
            String b = prepared.ids().get(layoutGraph.target(e));
            pairs.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
        }
        return pairs;
    }

    @Test
    void parallelLinksAndSelfLoopsBecomeNoMoreThanOneEdgePerPair() {
        LoadedGraph small = LoadedGraph.of(List.of(actor("c"), actor("a"), actor("b")), List.of(
                spokeWith("ab", "a", "b"), spokeWith("ba", "b", "a"), spokeWith("ab-again", "a", "b"),
                spokeWith("aa", "a", "a"), spokeWith("bc", "b", "c")));

        Prepared prepared = LayoutFactory.prepare(small, VisibleGraph.of(small, GraphFilter.ALL));

        assertThat(prepared.ids()).containsExactly("a", "b", "c");
        assertThat(prepared.graph().nodeCount()).isEqualTo(3);
        assertThat(prepared.graph().edgeCount()).isEqualTo(2);
        assertThat(edges(prepared)).containsExactlyInAnyOrder("a|b", "b|c");
        assertThat(IntStream.range(0, 2).mapToDouble(prepared.graph()::weight)).containsOnly(1.0);
    }

    @Test
    void aNodeThatAppearsStartsBesideAPlacedNeighbourAndALoneOneIsLeftToTheDisc() {
        LoadedGraph small = LoadedGraph.of(List.of(actor("a"), actor("b"), actor("lone")), List.of(spokeWith("ab", "a", "b")));
        Map<String, double[]> positions = new java.util.HashMap<>(Map.of("a", new double[] {500, -200}));

        LayoutFactory.placeNewcomersBesideNeighbours(small, List.of("a", "b", "lone"), positions);

        assertThat(positions).containsOnlyKeys("a", "b");
        assertThat(Math.hypot(positions.get("b")[0] - 500, positions.get("b")[1] + 200)).isCloseTo(30, within(1e-9));
        assertThat(positions.get("a")).containsExactly(500, -200);
    }

    @Test
    void theVisibleNodesAreIndexedInSortedOrderAndEveryLinkMapsToTheEdgeBetweenItsEnds() {
        Prepared prepared = LayoutFactory.prepare(graph, everything);

        assertThat(prepared.ids()).hasSize(96).isSorted().containsExactlyInAnyOrderElementsOf(everything.nodeIds());
        Set<String> expected = new HashSet<>();
        for (GraphLink link : graph.links()) {
            expected.add(link.fromId().compareTo(link.toId()) < 0 ? link.fromId() + "|" + link.toId() : link.toId() + "|" + link.fromId());
        }
        assertThat(edges(prepared)).isEqualTo(expected);
        assertThat(prepared.graph().edgeCount()).isEqualTo(expected.size()).isLessThan(graph.linkCount());
    }

    @Test
    void onlyTheVisibleGraphIsPrepared() {
        VisibleGraph backChannels = VisibleGraph.of(graph, new GraphFilter(Set.of(ChannelType.BACK_CHANNEL), null));

        Prepared prepared = LayoutFactory.prepare(graph, backChannels);

        assertThat(prepared.ids()).containsExactlyInAnyOrderElementsOf(backChannels.nodeIds());
        assertThat(edges(prepared)).allSatisfy(pair -> assertThat(backChannels.nodeIds()).contains(pair.split("\\|")));
    }

    @Test
    void eachNodeSitsOnTheTimeAxisAtTheMiddleOfItsDatesOrItsStartWhenStillGoingOn() {
        Prepared prepared = LayoutFactory.prepare(graph, everything);

        assertThat(year(prepared, "kissinger-dobrynin-back-channel")).isEqualTo(1978.0);
        assertThat(year(prepared, "washington-moscow-hotline")).isEqualTo(1963.0);
        assertThat(year(prepared, "georgetown-university")).isNaN();
    }

    @Test
    void anEraWindowKeepsEveryDatedNodeWithinItsYears() {
        Prepared prepared = LayoutFactory.prepare(graph, everything, new YearRange(1969, 1979));

        assertThat(year(prepared, "washington-moscow-hotline")).isEqualTo(1969.0);
        assertThat(year(prepared, "kissinger-dobrynin-back-channel")).isEqualTo(1978.0);
        assertThat(year(prepared, "possible-us-russia-back-channel")).isEqualTo(1980.0);
        assertThat(year(prepared, "georgetown-university")).isNaN();
    }

    private static double year(Prepared prepared, String id) {
        return prepared.years()[prepared.ids().indexOf(id)];
    }

    @Test
    void theModeChoosesTheLayout() {
        Prepared prepared = LayoutFactory.prepare(graph, everything);

        Layout force = LayoutFactory.create(LayoutMode.FORCE, prepared, 7);

        assertThat(force).isInstanceOf(UnlinkedAside.class);
        Layout linked = ((UnlinkedAside) force).inner();
        assertThat(linked).isInstanceOf(ForceAtlas2Layout.class);
        assertThat(((ForceAtlas2Layout) linked).options().scalingRatio()).isEqualTo(DrawingLayout.SCALING);
        assertThat(((ForceAtlas2Layout) linked).options().seed()).isEqualTo(7);
        assertThat(LayoutFactory.create(LayoutMode.TIMELINE, prepared, 7)).isInstanceOf(TimelineLayout.class);
    }

    @Test
    void theStartKeepsKnownPositionsAndPinsAndScattersTheRestInADisc() {
        List<String> ids = List.of("a", "b", "c", "d");

        LayoutState state = LayoutFactory.initialState(ids, Map.of("b", new double[] {300, -200}), Set.of("b", "d"), 42);

        assertThat(state.x(1)).isCloseTo(300, within(0.01));
        assertThat(state.y(1)).isCloseTo(-200, within(0.01));
        assertThat(IntStream.range(0, 4).mapToObj(state::pinned)).containsExactly(false, true, false, true);
        // The smallest disc, radius 50 at Gephi's scaling, magnified as the app's scaling magnifies the layout.
        double radius = 50 * Math.sqrt(DrawingLayout.SCALING / 2);
        assertThat(IntStream.of(0, 2, 3)).allSatisfy(i -> assertThat(Math.hypot(state.x(i), state.y(i))).isLessThanOrEqualTo(radius));
    }

    @Test
    void theSameSeedGivesTheSameStart() {
        List<String> ids = List.of("a", "b", "c");
        Map<String, double[]> known = Map.of("a", new double[] {1, 1});

        LayoutState first = LayoutFactory.initialState(ids, known, Set.of(), 3);
        LayoutState second = LayoutFactory.initialState(ids, known, Set.of(), 3);

        assertThat(second.xs()).containsExactly(first.xs());
        assertThat(second.ys()).containsExactly(first.ys());
    }

    @Test
    void settlingTwiceWithTheSameSeedGivesIdenticalPositions() {
        Map<String, double[]> first = settle(11);
        Map<String, double[]> second = settle(11);

        assertThat(second.keySet()).isEqualTo(first.keySet()).hasSize(96);
        assertThat(first).allSatisfy((id, at) -> assertThat(second.get(id)).containsExactly(at));
    }

    @Test
    void aDifferentSeedGivesADifferentPicture() {
        Map<String, double[]> first = settle(11);
        Map<String, double[]> other = settle(12);

        assertThat(first.keySet()).anySatisfy(id -> assertThat(other.get(id)).isNotEqualTo(first.get(id)));
    }

    @Test
    void settlingLeavesPinnedNodesWhereTheyAre() {
        Prepared prepared = LayoutFactory.prepare(graph, everything);
        LayoutState state = LayoutFactory.initialState(prepared.ids(), Map.of(), Set.of("henry-kissinger"), 5);
        int kissinger = prepared.ids().indexOf("henry-kissinger");
        double x = state.x(kissinger);
        double y = state.y(kissinger);

        Map<String, double[]> positions = LayoutFactory.settle(prepared.ids(), prepared.graph(),
                LayoutFactory.create(LayoutMode.FORCE, prepared, 5), state, 200);

        assertThat(positions.get("henry-kissinger")).containsExactly(x, y);
    }

    private static Map<String, double[]> settle(long seed) {
        Prepared prepared = LayoutFactory.prepare(graph, everything);
        LayoutState start = LayoutFactory.initialState(prepared.ids(), Map.of(), Set.of(), seed);
        return LayoutFactory.settle(prepared.ids(), prepared.graph(), LayoutFactory.create(LayoutMode.FORCE, prepared, seed), start, 300);
    }
}
