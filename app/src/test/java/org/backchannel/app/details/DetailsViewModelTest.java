package org.backchannel.app.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.BundledDataset;
import org.backchannel.app.connection.Backoff;
import org.backchannel.app.connection.StoreHealth;
import org.backchannel.app.task.SameThreadTasks;
import org.backchannel.app.testing.InMemoryGraphStore;
import org.backchannel.app.testing.Outlines;
import org.backchannel.model.Citation;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphNode;
import org.backchannel.model.NodeKind;
import org.backchannel.store.StoreUnavailableException;
import org.backchannel.store.StoreUnreachableException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pane over a graph of outlines, as the overview loads it, with the whole elements coming from a
 * store: what it shows of the evidence came from the store.
 */
class DetailsViewModelTest {

    private static final StoreUnreachableException UNREACHABLE =
            new StoreUnreachableException("Cannot reach Neo4j at bolt://localhost:7687", null);

    private static Dataset dataset;
    private static LoadedGraph graph;
    private final SameThreadTasks tasks = new SameThreadTasks();
    private final StoreHealth health = new StoreHealth(tasks, Backoff.STANDARD);
    private final InMemoryGraphStore store = new InMemoryGraphStore(dataset);
    private DetailsViewModel details;

    @BeforeAll
    static void loadDataset() throws Exception {
        dataset = BundledDataset.load();
        graph = LoadedGraph.of(dataset.nodes().stream().map(Outlines::of).toList(),
                dataset.links().stream().map(Outlines::of).toList());
    }

    @BeforeEach
    void useTheDatasetsSources() {
        health.watch(store);
        details = new DetailsViewModel(health, () -> store);
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
    void beforeTheStoreOpensTheEvidenceWaitsForItInsteadOfFailing() {
        DetailsViewModel beforeTheStore = new DetailsViewModel(health, () -> null);

        beforeTheStore.show(node("henry-kissinger"), graph);

        assertThat(beforeTheStore.titleProperty().get()).isEqualTo("Henry Kissinger");
        assertThat(beforeTheStore.evidenceProperty().get()).isEqualTo(DetailsViewModel.NOT_YET);
        assertThat(beforeTheStore.getCitations()).isEmpty();
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
    void eachCitationNamesTheDatasetBehindItWhenTheStoreSaysSo() {
        GraphNode kissinger = dataset.node("henry-kissinger").orElseThrow();
        Citation original = kissinger.citations().get(0);
        GraphNode twiceCited = new GraphNode(kissinger.id(), kissinger.kind(), kissinger.name(), kissinger.aliases(),
                kissinger.category(), null, null, kissinger.description(), kissinger.span(), kissinger.certainty(),
                List.of(new Citation(original.sourceId(), original.quote(), null, "back-channel-to-moscow"),
                        new Citation(original.sourceId(), original.quote(), null, "article-exchanges")));
        InMemoryGraphStore two = new InMemoryGraphStore(dataset.withContent(dataset.sources(),
                dataset.nodes().stream().map(n -> n.id().equals(kissinger.id()) ? twiceCited : n).toList(), dataset.links()));
        health.watch(two);
        DetailsViewModel pane = new DetailsViewModel(health, () -> two);
        pane.useSources(dataset.sources());

        pane.show(node("henry-kissinger"), graph);

        assertThat(pane.getCitations()).extracting(CitationRow::dataset)
                .containsExactly("back-channel-to-moscow", "article-exchanges");
    }

    @Test
    void theEvidenceOfTwoDatasetsIsGroupedBySourceInTheOrderSourcesAreFirstCited() {
        GraphNode kissinger = dataset.node("henry-kissinger").orElseThrow();
        Citation original = kissinger.citations().get(0);
        String other = dataset.sources().stream().map(s -> s.id()).filter(id -> !id.equals(original.sourceId())).findFirst().orElseThrow();
        GraphNode mixed = new GraphNode(kissinger.id(), kissinger.kind(), kissinger.name(), kissinger.aliases(),
                kissinger.category(), null, null, kissinger.description(), kissinger.span(), kissinger.certainty(),
                List.of(new Citation(original.sourceId(), "first", null, "back-channel-to-moscow"),
                        new Citation(other, "second", null, "interviews"),
                        new Citation(original.sourceId(), "third", null, "article-exchanges")));
        InMemoryGraphStore two = new InMemoryGraphStore(dataset.withContent(dataset.sources(),
                dataset.nodes().stream().map(n -> n.id().equals(kissinger.id()) ? mixed : n).toList(), dataset.links()));
        health.watch(two);
        DetailsViewModel pane = new DetailsViewModel(health, () -> two);
        pane.useSources(dataset.sources());

        pane.show(node("henry-kissinger"), graph);

        assertThat(pane.getCitations()).extracting(CitationRow::quote).containsExactly("first", "third", "second");
        assertThat(pane.getCitations()).extracting(CitationRow::dataset)
                .containsExactly("back-channel-to-moscow", "article-exchanges", "interviews");
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
        DetailsViewModel withoutSources = new DetailsViewModel(health, () -> store);

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
    void anExchangeShowsWhoSpokeToWhomAndItsCitationsWithTheirSources() {
        details.show(node("henry-kissinger"), graph);

        details.showLink(graph.link("kissinger-spoke-with-dobrynin-1969-1977").orElseThrow(), graph);

        assertThat(details.titleProperty().get())
                .isEqualTo("Henry Kissinger · spoke with Anatoly Dobrynin via Kissinger–Dobrynin back channel");
        assertThat(details.subtitleProperty().get()).isEqualTo("Link · spoke-with");
        assertThat(details.datesProperty().get()).isEqualTo("1969–1977");
        assertThat(details.getCitations()).extracting(CitationRow::commonKnowledge).containsExactly(false, true);
        assertThat(details.getCitations().get(0).source()).startsWith("Alistair Somerville");
        assertThat(details.getFacts()).isEmpty();
        assertThat(details.evidenceProperty().get()).isEmpty();
    }

    @Test
    void theOutlineShowsAtOnceAndTheEvidenceWhenTheStoreIsBack() {
        store.failWith(UNREACHABLE);

        details.show(node("henry-kissinger"), graph);

        assertThat(details.titleProperty().get()).isEqualTo("Henry Kissinger");
        assertThat(details.getFacts()).hasSize(5);
        assertThat(details.getCitations()).isEmpty();
        assertThat(details.evidenceProperty().get()).isEqualTo(DetailsViewModel.UNREACHABLE);
        store.failWith(null);
        tasks.runScheduled();
        assertThat(details.getCitations()).singleElement()
                .satisfies(row -> assertThat(row.quote()).startsWith("Moss analyzes the evolution"));
        assertThat(details.evidenceProperty().get()).isEmpty();
    }

    @Test
    void theEvidenceLoadsWhenTheStoreIsBackEvenIfAnotherPanesQueryFailedLater() {
        store.failWith(UNREACHABLE);
        details.show(node("henry-kissinger"), graph);
        health.query(() -> store.nodeDetails("william-burns"), found -> { }, problem -> { });
        store.failWith(null);

        tasks.runScheduled();

        assertThat(details.getCitations()).hasSize(1);
        assertThat(details.evidenceProperty().get()).isEmpty();
    }

    @Test
    void evidenceForANodeNoLongerShownIsNotShown() {
        store.failWith(UNREACHABLE);
        details.show(node("henry-kissinger"), graph);
        details.showNothing();
        store.failWith(null);

        tasks.runScheduled();

        assertThat(details.titleProperty().get()).isEmpty();
        assertThat(details.getCitations()).isEmpty();
        assertThat(details.evidenceProperty().get()).isEmpty();
    }

    @Test
    void aNodeTheStoreNoLongerHoldsSaysSo() {
        GraphNode gone = new GraphNode("gone", NodeKind.ACTOR, "Gone", List.of(), null, null, null, null, null, null, List.of());

        details.show(gone, LoadedGraph.of(List.of(gone), List.of()));

        assertThat(details.titleProperty().get()).isEqualTo("Gone");
        assertThat(details.evidenceProperty().get()).isEqualTo("The store no longer holds this node.");
    }

    @Test
    void anotherFailureIsShownInItsOwnWords() {
        store.failWith(new StoreUnavailableException("Neo4j at bolt://x failed while reading: out of memory"));

        details.show(node("henry-kissinger"), graph);

        assertThat(details.evidenceProperty().get()).isEqualTo(
                "The evidence could not be loaded: Neo4j at bolt://x failed while reading: out of memory");
    }

    @Test
    void theSourcesCitationsReferToAreKeptForCaptions() {
        assertThat(details.sources()).containsExactlyInAnyOrderElementsOf(dataset.sources());
    }
}
