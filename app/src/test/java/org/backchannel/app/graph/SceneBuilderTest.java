package org.backchannel.app.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.app.BundledDataset;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.Secrecy;
import org.backchannel.model.SizeMeasure;
import org.backchannel.render.GraphScene;
import org.backchannel.render.NodeScale;
import org.backchannel.render.SceneLink;
import org.backchannel.render.SceneNode;
import org.backchannel.store.GraphFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SceneBuilderTest {

    private static LoadedGraph graph;
    private static VisibleGraph everything;
    private static Map<String, double[]> positions;

    @BeforeAll
    static void loadDataset() throws Exception {
        Dataset dataset = BundledDataset.load();
        graph = LoadedGraph.of(dataset.nodes(), dataset.links());
        everything = VisibleGraph.of(graph, GraphFilter.ALL);
        positions = new HashMap<>();
        int i = 0;
        for (GraphNode node : graph.nodes()) {
            positions.put(node.id(), new double[] {i, -i});
            i++;
        }
    }

    private static GraphScene build(VisibleGraph visible, Map<String, double[]> at, Set<String> highlighted) {
        return SceneBuilder.build(graph, visible, at, Set.of(), Set.of(), highlighted);
    }

    private static SceneNode node(GraphScene scene, String id) {
        return scene.nodesById().get(id);
    }

    private static SceneLink link(GraphScene scene, String id) {
        return scene.links().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    private static VisibleGraph without(String linkId) {
        Set<String> links = new HashSet<>(everything.linkIds());
        links.remove(linkId);
        return new VisibleGraph(everything.nodeIds(), links);
    }

    @Test
    void everyVisibleNodeIsPlacedAtItsPosition() {
        GraphScene scene = build(everything, positions, Set.of());

        assertThat(scene.nodes()).hasSize(96);
        assertThat(scene.links()).hasSize(203);
        SceneNode kissinger = node(scene, "henry-kissinger");
        assertThat(new double[] {kissinger.x(), kissinger.y()}).containsExactly(positions.get("henry-kissinger"));
        assertThat(kissinger.label()).isEqualTo("Henry Kissinger");
    }

    @Test
    void nodesWithoutAPositionAreLeftOutWithTheirLinks() {
        Map<String, double[]> notYetPlaced = new HashMap<>(positions);
        notYetPlaced.remove("anatoly-dobrynin");

        GraphScene scene = build(everything, notYetPlaced, Set.of());

        assertThat(scene.nodesById()).hasSize(95).doesNotContainKey("anatoly-dobrynin");
        assertThat(scene.links()).hasSize(203 - graph.linksOf("anatoly-dobrynin").size())
                .noneSatisfy(l -> assertThat(Set.of(l.fromId(), l.toId())).contains("anatoly-dobrynin"));
    }

    @Test
    void nodesTheFiltersHideAreLeftOutEvenWithAPosition() {
        VisibleGraph backChannels = VisibleGraph.of(graph, new GraphFilter(Set.of(ChannelType.BACK_CHANNEL), null));

        GraphScene scene = build(backChannels, positions, Set.of());

        assertThat(scene.nodesById().keySet()).isEqualTo(backChannels.nodeIds());
        assertThat(scene.links()).hasSize(backChannels.linkIds().size());
    }

    @Test
    void withNothingHighlightedNothingIsDimmed() {
        GraphScene scene = build(everything, positions, Set.of());

        assertThat(scene.nodes()).noneMatch(SceneNode::dimmed).noneMatch(SceneNode::highlighted);
        assertThat(scene.links()).noneMatch(SceneLink::dimmed).noneMatch(SceneLink::highlighted);
    }

    @Test
    void aHighlightedNeighbourhoodStandsOutAndEverythingElseIsDimmed() {
        Set<String> around = SceneBuilder.neighbourhood(graph, everything, "henry-kissinger");

        GraphScene scene = build(everything, positions, around);

        assertThat(scene.nodes()).filteredOn(SceneNode::highlighted).extracting(SceneNode::id).containsExactlyInAnyOrder(
                "henry-kissinger", "anatoly-dobrynin", "kissinger-dobrynin-back-channel", "united-states", "us-department-of-state");
        assertThat(scene.nodes()).allSatisfy(n -> assertThat(n.dimmed()).isEqualTo(!around.contains(n.id())));
        assertThat(link(scene, "kissinger-spoke-with-dobrynin-1969-1977").highlighted()).isTrue();
        assertThat(link(scene, "dobrynin-participates-in-kissinger-dobrynin-back-channel").dimmed()).isTrue();
        assertThat(link(scene, "putin-holds-office-president").dimmed()).isTrue();
    }

    @Test
    void aLinkBetweenTwoHighlightedNodesLightsUpWhenOnlyTheyAreHighlighted() {
        GraphScene scene = build(everything, positions, Set.of("henry-kissinger", "anatoly-dobrynin"));

        assertThat(scene.links()).filteredOn(SceneLink::highlighted).extracting(SceneLink::id).containsExactlyInAnyOrder(
                "kissinger-spoke-with-dobrynin-1969-1977", "kissinger-spoke-with-dobrynin-cienfuegos-1970");
    }

    @Test
    void selectedAndPinnedNodesAreMarked() {
        GraphScene scene = SceneBuilder.build(graph, everything, positions, Set.of("henry-kissinger"), Set.of("anatoly-dobrynin"),
                Set.of());

        assertThat(scene.nodes()).filteredOn(SceneNode::selected).extracting(SceneNode::id).containsExactly("henry-kissinger");
        assertThat(scene.nodes()).filteredOn(SceneNode::pinned).extracting(SceneNode::id).containsExactly("anatoly-dobrynin");
    }

    @Test
    void aLinkCarriesTheTypeAndSecrecyOfItsChannel() {
        GraphScene scene = build(everything, positions, Set.of());

        assertThat(link(scene, "kissinger-spoke-with-dobrynin-1969-1977"))
                .extracting(SceneLink::channelType, SceneLink::secrecy).containsExactly(ChannelType.BACK_CHANNEL, Secrecy.DENIABLE);
        assertThat(link(scene, "biden-participates-in-burns-emissary-channel"))
                .extracting(SceneLink::channelType, SceneLink::secrecy)
                .containsExactly(ChannelType.TRUSTED_EMISSARY, Secrecy.ACKNOWLEDGED);
        assertThat(link(scene, "kissinger-holds-office-secretary-of-state"))
                .extracting(SceneLink::channelType, SceneLink::secrecy).containsExactly(null, null);
    }

    @Test
    void onlyExchangesAndParticipationCarryAChannelAndAStudyOfAChannelIsNeutral() {
        GraphScene scene = build(everything, positions, Set.of());

        for (SceneLink link : scene.links()) {
            GraphLink source = graph.link(link.id()).orElseThrow();
            boolean through = source.type() == LinkType.SPOKE_WITH || source.type() == LinkType.PARTICIPATES_IN;
            if (!through) {
                assertThat(link.channelType()).as(link.id()).isNull();
                assertThat(link.secrecy()).as(link.id()).isNull();
            }
        }
        // The dataset has links that are about a channel without going through it; they must not look like use of it.
        assertThat(scene.links()).anySatisfy(link -> {
            GraphLink source = graph.link(link.id()).orElseThrow();
            assertThat(source.type()).isIn(LinkType.STUDIED, LinkType.CONCERNS);
            assertThat(graph.node(source.toId()).orElseThrow().channelType()).isNotNull();
        });
    }

    @Test
    void theNeighbourhoodIsTheNodeItsVisibleLinksAndTheirOtherEnds() {
        Set<String> around = SceneBuilder.neighbourhood(graph, everything, "henry-kissinger");

        Set<String> expected = new HashSet<>(Set.of("henry-kissinger", "anatoly-dobrynin", "kissinger-dobrynin-back-channel",
                "united-states", "us-department-of-state"));
        graph.linksOf("henry-kissinger").stream().map(GraphLink::id).forEach(expected::add);
        assertThat(around).isEqualTo(expected);
    }

    @Test
    void theNeighbourhoodLeavesOutHiddenLinksAndWhatOnlyTheyReach() {
        Set<String> around = SceneBuilder.neighbourhood(graph, without("kissinger-holds-office-secretary-of-state"), "henry-kissinger");

        assertThat(around).doesNotContain("kissinger-holds-office-secretary-of-state", "us-department-of-state")
                .contains("kissinger-holds-office-national-security-advisor", "united-states");
    }

    @Test
    void betterConnectedNodesAreLargerAndTheBestConnectedIsTheLargest() {
        GraphScene scene = build(everything, positions, Set.of());

        assertThat(node(scene, "united-states").radius()).isGreaterThan(node(scene, "henry-kissinger").radius());
        SceneNode hub = scene.nodes().stream().max(java.util.Comparator.comparingInt(n -> graph.linksOf(n.id()).size())).orElseThrow();
        assertThat(hub.radius()).isEqualTo(NodeScale.LARGE);
        assertThat(scene.nodes()).allSatisfy(n -> assertThat(n.radius()).isBetween(NodeScale.SMALL, NodeScale.LARGE));
        assertThat(scene.key().sizeBy()).isEqualTo(SizeMeasure.DEGREE);
        assertThat(scene.key().highest()).isEqualTo(graph.linksOf(hub.id()).size());
    }

    @Test
    void onlyVisibleLinksCountTowardsTheSize() {
        GraphScene all = build(everything, positions, Set.of());
        GraphScene scene = build(without("kissinger-holds-office-secretary-of-state"), positions, Set.of());

        assertThat(node(scene, "henry-kissinger").radius()).isLessThan(node(all, "henry-kissinger").radius());
    }

    @Test
    void aNodeWithLinksNotLoadedSaysHowManyAfterItsName() {
        GraphScene scene = SceneBuilder.build(graph, everything, positions, Set.of(), Set.of(), Set.of(),
                Map.of("united-states", 15L));
        assertThat(node(scene, "united-states").label()).isEqualTo("United States +15");
        assertThat(node(scene, "russia").label()).isEqualTo("Russia");
    }
}
