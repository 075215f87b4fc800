package org.backchannel.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.app.BundledDataset;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphNode;
import org.backchannel.model.Source;
import org.backchannel.render.SceneLink;
import org.backchannel.render.SceneNode;
import org.backchannel.store.GraphFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FigureTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 5, 1);
    private static final Set<String> KISSINGER_AND_DOBRYNIN = Set.of("henry-kissinger", "anatoly-dobrynin");

    private static LoadedGraph graph;
    private static VisibleGraph everything;
    private static Map<String, double[]> positions;
    private static Map<String, Source> sources;

    @BeforeAll
    static void loadDataset() throws Exception {
        Dataset dataset = BundledDataset.load();
        graph = LoadedGraph.of(dataset.nodes(), dataset.links());
        everything = VisibleGraph.of(graph, GraphFilter.ALL);
        positions = new HashMap<>();
        int i = 0;
        for (GraphNode node : graph.nodes()) {
            positions.put(node.id(), new double[] {i % 10 * 40.0, i / 10 * 40.0});
            i++;
        }
        sources = dataset.sources().stream().collect(Collectors.toMap(Source::id, Function.identity()));
    }

    private static Figure figure(VisibleGraph visible, ExportScope scope, Set<String> selection, String filters) {
        return Figure.of(graph, visible, positions, scope, selection, Set.of(), filters, sources, Provenance.UNKNOWN, TODAY);
    }

    private static Set<String> nodeIds(Figure figure) {
        return figure.scene().nodes().stream().map(SceneNode::id).collect(Collectors.toSet());
    }

    @Test
    void theVisibleScopeShowsEverythingVisible() {
        Figure figure = figure(everything, ExportScope.VISIBLE, KISSINGER_AND_DOBRYNIN, "");

        assertThat(nodeIds(figure)).isEqualTo(everything.nodeIds());
        assertThat(figure.scene().links()).hasSize(everything.linkIds().size());
    }

    @Test
    void theSelectionScopeShowsTheSelectedNodesAndTheLinksAmongThem() {
        Figure figure = figure(everything, ExportScope.SELECTION, KISSINGER_AND_DOBRYNIN, "");

        assertThat(nodeIds(figure)).isEqualTo(KISSINGER_AND_DOBRYNIN);
        assertThat(figure.scene().links()).extracting(SceneLink::id).containsExactlyInAnyOrder(
                "kissinger-spoke-with-dobrynin-1969-1977", "kissinger-spoke-with-dobrynin-cienfuegos-1970");
        assertThat(figure.scene().nodes()).allSatisfy(node -> assertThat(node.selected()).isTrue());
    }

    @Test
    void selectedNodesTheFiltersHideStayOutOfTheFigure() {
        VisibleGraph backChannels = VisibleGraph.of(graph, new GraphFilter(Set.of(ChannelType.BACK_CHANNEL), null));
        assertThat(backChannels.nodeIds()).doesNotContain("wendy-sherman");

        Figure figure = figure(backChannels, ExportScope.SELECTION, Set.of("henry-kissinger", "wendy-sherman"), "Back channel");

        assertThat(nodeIds(figure)).containsExactly("henry-kissinger");
    }

    @Test
    void theSelectionAndNeighboursScopeAddsTheNodesOneVisibleLinkAway() {
        Figure figure = figure(everything, ExportScope.SELECTION_AND_NEIGHBOURS, Set.of("henry-kissinger"), "");

        assertThat(nodeIds(figure)).containsExactlyInAnyOrder("henry-kissinger", "anatoly-dobrynin",
                "kissinger-dobrynin-back-channel", "united-states", "us-department-of-state");
        assertThat(figure.scene().links()).extracting(SceneLink::id).contains(
                "kissinger-participates-in-kissinger-dobrynin-back-channel",
                "dobrynin-participates-in-kissinger-dobrynin-back-channel");
        assertThat(figure.scene().links()).allSatisfy(link ->
                assertThat(nodeIds(figure)).contains(link.fromId(), link.toId()));
    }

    @Test
    void withNothingSelectedASelectionScopeShowsEverythingVisible() {
        Figure figure = figure(everything, ExportScope.SELECTION, Set.of(), "");

        assertThat(nodeIds(figure)).isEqualTo(everything.nodeIds());
    }

    @Test
    void theCaptionsFirstLineCountsWhatIsShownAndDatesTheFigure() {
        Figure figure = figure(everything, ExportScope.SELECTION, KISSINGER_AND_DOBRYNIN, "");

        assertThat(figure.caption().get(0)).isEqualTo("Backchannel · 2 nodes, 2 links · no filters · 2024-05-01");
    }

    @Test
    void theCaptionNamesTheActiveFilters() {
        Figure figure = figure(everything, ExportScope.SELECTION, KISSINGER_AND_DOBRYNIN, "Back channel; 1969–1979");

        assertThat(figure.caption().get(0)).contains(" · filters: Back channel; 1969–1979 · ").doesNotContain("no filters");
    }

    @Test
    void theCaptionListsEachCitedSourceOnce() {
        Figure figure = figure(everything, ExportScope.SELECTION, KISSINGER_AND_DOBRYNIN, "");

        assertThat(figure.caption()).hasSize(3);
        assertThat(figure.caption().subList(1, 3)).containsExactly(
                "Source: Alistair Somerville, Case Studies | A new back channel to Moscow?, The Diplomatic Pouch, Institute for the "
                        + "Study of Diplomacy, Georgetown University, 2022-01-20",
                "Source: Common knowledge (not from the article)");
    }

    @Test
    void aSourceThatIsNotKnownIsCitedByItsId() {
        Figure figure = Figure.of(graph, everything, positions, ExportScope.SELECTION, KISSINGER_AND_DOBRYNIN, Set.of(), "",
                Map.of(), Provenance.UNKNOWN, TODAY);

        assertThat(figure.caption()).containsExactly("Backchannel · 2 nodes, 2 links · no filters · 2024-05-01",
                "Source: common-knowledge", "Source: somerville-2022");
    }

    @Test
    void theCaptionNamesTheDatasetsAndTheStartOfTheStoresContentDigest() {
        String digest = "5939bb57a745c97217ab3dc6ae6f3b9704c63dc7f100de2aa7fc32b9b2afc9b6";
        Provenance provenance = new Provenance(java.util.List.of("back-channel-to-moscow (Back Channel to Moscow)", "extra"), digest);

        Figure figure = Figure.of(graph, everything, positions, ExportScope.SELECTION, KISSINGER_AND_DOBRYNIN, Set.of(), "",
                sources, provenance, TODAY);

        assertThat(figure.caption().get(1)).isEqualTo("Data: back-channel-to-moscow (Back Channel to Moscow); extra · store content sha256 "
                + digest.substring(0, Provenance.SHORT_DIGEST));
    }

    @Test
    void pinnedNodesArePinnedInTheFigure() {
        Figure figure = Figure.of(graph, everything, positions, ExportScope.SELECTION, KISSINGER_AND_DOBRYNIN,
                Set.of("anatoly-dobrynin"), "", sources, Provenance.UNKNOWN, TODAY);

        assertThat(figure.scene().nodes()).filteredOn(SceneNode::pinned).extracting(SceneNode::id).containsExactly("anatoly-dobrynin");
    }
}
