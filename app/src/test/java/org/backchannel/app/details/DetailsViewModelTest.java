package org.backchannel.app.details;

import static org.assertj.core.api.Assertions.assertThat;

import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.BundledDataset;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DetailsViewModelTest {

    private static Dataset dataset;
    private static LoadedGraph graph;
    private DetailsViewModel details;

    @BeforeAll
    static void loadDataset() throws Exception {
        dataset = BundledDataset.load();
        graph = LoadedGraph.of(dataset.nodes(), dataset.links());
    }

    @BeforeEach
    void useTheDatasetsSources() {
        details = new DetailsViewModel();
        details.useSources(dataset.sources());
    }

    private static GraphNode node(String id) {
        return graph.node(id).orElseThrow();
    }

    @Test
    void anActorShowsItsNameKindAndCategory() {
        details.show(node("henry-kissinger"), graph);

        assertThat(details.titleProperty().get()).isEqualTo("Henry Kissinger");
        assertThat(details.subtitleProperty().get()).isEqualTo("Actor · person");
        assertThat(details.descriptionProperty().get()).startsWith("President Richard Nixon’s national security advisor");
        assertThat(details.datesProperty().get()).isEmpty();
    }

    @Test
    void citationsShowTheQuoteAndTheArticleInOneLine() {
        details.show(node("henry-kissinger"), graph);

        assertThat(details.getCitations()).hasSize(1);
        CitationRow row = details.getCitations().get(0);
        assertThat(row.quote()).startsWith("Moss analyzes the evolution of a multi-decade relationship");
        assertThat(row.source()).startsWith("Alistair Somerville, “Case Studies | A new back channel to Moscow?”")
                .contains("The Diplomatic Pouch").endsWith("2022-01-20");
        assertThat(row.commonKnowledge()).isFalse();
    }

    @Test
    void commonKnowledgeCitationsAreFlaggedAndNamedAsSuch() {
        details.show(node("kissinger-dobrynin-back-channel"), graph);

        assertThat(details.getCitations()).filteredOn(CitationRow::commonKnowledge).hasSize(2)
                .allSatisfy(row -> assertThat(row.source()).isEqualTo("Common knowledge (not from the article)"));
        assertThat(details.getCitations()).filteredOn(row -> !row.commonKnowledge()).hasSize(3);
    }

    @Test
    void aCitationOfAnUnknownSourceShowsTheSourceId() {
        DetailsViewModel withoutSources = new DetailsViewModel();

        withoutSources.show(node("henry-kissinger"), graph);

        assertThat(withoutSources.getCitations()).singleElement()
                .satisfies(row -> assertThat(row.source()).isEqualTo("somerville-2022"))
                .satisfies(row -> assertThat(row.commonKnowledge()).isFalse());
    }

    @Test
    void factsAreTheNodesLinksInDateOrderWithUndatedOnesLast() {
        details.show(node("henry-kissinger"), graph);

        assertThat(details.getFacts()).extracting(FactRow::linkId).containsExactly(
                "kissinger-holds-office-national-security-advisor",
                "kissinger-spoke-with-dobrynin-1969-1977",
                "kissinger-spoke-with-dobrynin-cienfuegos-1970",
                "kissinger-holds-office-secretary-of-state",
                "kissinger-participates-in-kissinger-dobrynin-back-channel");
        assertThat(details.getFacts()).extracting(FactRow::when)
                .containsExactly("1969-01–1975-11", "1969–1977", "1970", "1973-09–1977-01", "");
    }

    @Test
    void factsArePhrasedFromTheShownNodesPointOfView() {
        details.show(node("henry-kissinger"), graph);

        assertThat(details.getFacts()).extracting(FactRow::text).containsExactly(
                "National Security Advisor, United States",
                "spoke with Anatoly Dobrynin via Kissinger–Dobrynin back channel",
                "spoke with Anatoly Dobrynin via Kissinger–Dobrynin back channel",
                "Secretary of State, U.S. Department of State",
                "takes part in Kissinger–Dobrynin back channel (interlocutor (U.S. side))");
    }

    @Test
    void theOtherEndOfAnExchangeReadsItAsBeingContacted() {
        details.show(node("anatoly-dobrynin"), graph);

        assertThat(details.getFacts()).extracting(FactRow::text)
                .contains("was contacted by Henry Kissinger via Kissinger–Dobrynin back channel");
    }

    @Test
    void aChannelShowsItsTypeSecrecyAndDates() {
        details.show(node("kissinger-dobrynin-back-channel"), graph);

        assertThat(details.titleProperty().get()).isEqualTo("Kissinger–Dobrynin back channel");
        assertThat(details.subtitleProperty().get()).isEqualTo("Channel · Back channel · deniable");
        assertThat(details.datesProperty().get()).isEqualTo("1969–1986");
        assertThat(details.getFacts()).extracting(FactRow::text)
                .contains("has party Henry Kissinger (interlocutor (U.S. side))",
                        "led to Soviets dissuaded from completing the Cienfuegos submarine base");
    }

    @Test
    void aSpeculativeChannelSaysSo() {
        details.show(node("possible-us-russia-back-channel"), graph);

        assertThat(details.subtitleProperty().get()).isEqualTo("Channel · Back channel · secret · speculative");
    }

    @Test
    void showNothingClearsEveryField() {
        details.show(node("kissinger-dobrynin-back-channel"), graph);

        details.showNothing();

        assertThat(details.titleProperty().get()).isEmpty();
        assertThat(details.subtitleProperty().get()).isEmpty();
        assertThat(details.datesProperty().get()).isEmpty();
        assertThat(details.descriptionProperty().get()).isEmpty();
        assertThat(details.getCitations()).isEmpty();
        assertThat(details.getFacts()).isEmpty();
    }

    @Test
    void aLinksCitationsAreListedWithTheirSources() {
        var link = graph.link("kissinger-spoke-with-dobrynin-1969-1977").orElseThrow();

        assertThat(details.citationsOf(link)).extracting(CitationRow::commonKnowledge).containsExactly(false, true);
    }

    @Test
    void theSourcesCitationsReferToAreKeptForCaptions() {
        assertThat(details.sources()).containsExactlyInAnyOrderElementsOf(dataset.sources());
    }
}
