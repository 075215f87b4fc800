package org.backchannel.app.exchanges;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.app.BundledDataset;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.LinkType;
import org.backchannel.model.PartialDate;
import org.backchannel.model.TimeSpan;
import org.backchannel.store.GraphFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExchangesViewModelTest {

    private static LoadedGraph graph;
    private static VisibleGraph everything;
    private ExchangesViewModel exchanges;

    @BeforeAll
    static void loadDataset() throws Exception {
        Dataset dataset = BundledDataset.load();
        graph = LoadedGraph.of(dataset.nodes(), dataset.links());
        everything = VisibleGraph.of(graph, GraphFilter.ALL);
    }

    @BeforeEach
    void newViewModel() {
        exchanges = new ExchangesViewModel();
    }

    private static PartialDate startOf(ExchangeRow row) {
        return graph.link(row.linkId()).orElseThrow().span().start();
    }

    @Test
    void withNothingSelectedEveryExchangeIsListedOldestFirst() {
        exchanges.show(graph, everything, Set.of());

        List<String> spokeWith = graph.links().stream().filter(l -> l.type() == LinkType.SPOKE_WITH).map(GraphLink::id).toList();
        assertThat(exchanges.getRows()).hasSize(12).extracting(ExchangeRow::linkId).containsExactlyInAnyOrderElementsOf(spokeWith);
        assertThat(exchanges.getRows()).extracting(ExchangesViewModelTest::startOf).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(exchanges.getRows().get(0).linkId()).isEqualTo("kissinger-spoke-with-dobrynin-1969-1977");
        assertThat(exchanges.headingProperty().get()).isEqualTo("12 exchanges");
    }

    @Test
    void aSelectedActorsExchangesAreListedUnderAHeadingNamingThem() {
        exchanges.show(graph, everything, Set.of("william-burns"));

        assertThat(exchanges.getRows()).hasSize(6)
                .allSatisfy(row -> assertThat(List.of(row.from(), row.to())).contains("William Burns"));
        assertThat(exchanges.headingProperty().get()).isEqualTo("6 exchanges of William Burns");
    }

    @Test
    void severalSelectedNodesAreNamedInAlphabeticalOrder() {
        exchanges.show(graph, everything, Set.of("william-burns", "henry-kissinger"));

        assertThat(exchanges.getRows()).hasSize(8);
        assertThat(exchanges.headingProperty().get()).isEqualTo("8 exchanges of Henry Kissinger, William Burns");
    }

    @Test
    void exchangesTheFilterHidesAreLeftOut() {
        VisibleGraph backChannels = VisibleGraph.of(graph, new GraphFilter(Set.of(ChannelType.BACK_CHANNEL), null));

        exchanges.show(graph, backChannels, Set.of());

        assertThat(exchanges.getRows()).hasSize(3).allSatisfy(row -> assertThat(row.channelType()).isEqualTo("Back channel"));
        assertThat(exchanges.headingProperty().get()).isEqualTo("3 exchanges");
    }

    @Test
    void aRowSaysWhoSpokeToWhomWhenThroughWhichChannelAndOnWhoseWord() {
        exchanges.show(graph, everything, Set.of("henry-kissinger"));

        assertThat(exchanges.getRows().get(0)).satisfies(row -> {
            assertThat(row.from()).isEqualTo("Henry Kissinger");
            assertThat(row.to()).isEqualTo("Anatoly Dobrynin");
            assertThat(row.date()).isEqualTo("1969–1977");
            assertThat(row.channel()).isEqualTo("Kissinger–Dobrynin back channel");
            assertThat(row.channelType()).isEqualTo("Back channel");
            assertThat(row.source()).isEqualTo("somerville-2022, common-knowledge");
        });
    }

    @Test
    void theOutcomeColumnNamesWhatTheChannelLedToInTheYearsOfTheExchange() {
        exchanges.show(graph, everything, Set.of("henry-kissinger"));

        ExchangeRow cienfuegos = exchanges.getRows().stream()
                .filter(row -> row.linkId().equals("kissinger-spoke-with-dobrynin-cienfuegos-1970")).findFirst().orElseThrow();
        assertThat(cienfuegos.date()).isEqualTo("1970");
        assertThat(cienfuegos.outcome()).contains("Soviets dissuaded from completing the Cienfuegos submarine base");
    }

    @Test
    void outcomesOfOtherYearsAreNotCredited() throws Exception {
        Dataset dataset = BundledDataset.load();
        GraphLink in1980 = new GraphLink("kissinger-spoke-with-dobrynin-1980", LinkType.SPOKE_WITH, "henry-kissinger",
                "anatoly-dobrynin", "kissinger-dobrynin-back-channel", null, null,
                TimeSpan.at(PartialDate.ofYear(1980)), null, List.of());
        List<GraphLink> links = new ArrayList<>(dataset.links());
        links.add(in1980);
        LoadedGraph withLaterTalk = LoadedGraph.of(dataset.nodes(), links);

        exchanges.show(withLaterTalk, VisibleGraph.of(withLaterTalk, GraphFilter.ALL), Set.of("henry-kissinger"));

        assertThat(exchanges.getRows()).filteredOn(row -> row.linkId().equals(in1980.id())).singleElement()
                .satisfies(row -> assertThat(row.outcome()).isEqualTo("Several de-escalations between the Cold War superpowers"))
                .satisfies(row -> assertThat(row.source()).isEmpty());
    }

    @Test
    void aMeetingOfItsPartiesReadsBothWaysAndAMessageOneWay() {
        GraphLink message = graph.links().stream().filter(l -> l.type() == LinkType.SPOKE_WITH).findFirst().orElseThrow();
        GraphLink meeting = new GraphLink("meeting|" + message.fromId() + "|" + message.toId(), LinkType.SPOKE_WITH,
                message.fromId(), message.toId(), message.channelId(), null, null, message.span(), null, List.of(), null, List.of(), true);
        List<GraphLink> links = new ArrayList<>(graph.links());
        links.add(meeting);
        LoadedGraph withMeeting = LoadedGraph.of(graph.nodes(), links);

        exchanges.show(withMeeting, VisibleGraph.of(withMeeting, GraphFilter.ALL), Set.of());

        assertThat(exchanges.getRows()).filteredOn(r -> r.linkId().equals(meeting.id())).extracting(ExchangeRow::way)
                .containsExactly(ExchangeRow.MUTUAL);
        assertThat(exchanges.getRows()).filteredOn(r -> r.linkId().equals(message.id())).extracting(ExchangeRow::way)
                .containsExactly(ExchangeRow.ONE_WAY);
    }
}
