package org.backchannel.app.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import org.backchannel.app.BundledDataset;
import org.backchannel.app.explorer.ExplorerPanes;
import org.backchannel.app.testing.OpenedPanes;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.HighlightSource;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.LinkType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutcomeChainsViewModelTest {

    private static final String OUTCOME = "cienfuegos-base-abandoned-1970";
    private static final String BACK_CHANNEL = "kissinger-dobrynin-back-channel";

    private Dataset dataset;
    private Exploration exploration;
    private OutcomeChainsViewModel chains;

    @BeforeEach
    void openTheBundledDataset() throws Exception {
        dataset = BundledDataset.load();
        ExplorerPanes panes = OpenedPanes.of(dataset);
        exploration = panes.exploration();
        chains = panes.chains();
    }

    @Test
    void theCienfuegosDeEscalationListsTheChainThroughTheBackChannelWithItsQuote() {
        chains.explain(OUTCOME);

        assertThat(chains.titleProperty().get()).startsWith("How ").endsWith(" came about");
        ChainLine throughTheChannel = chains.getChains().stream().filter(c -> c.steps().get(0).nodeId().equals(BACK_CHANNEL))
                .findFirst().orElseThrow();
        GraphLink ledTo = dataset.links().stream()
                .filter(l -> l.type() == LinkType.LED_TO && l.fromId().equals(BACK_CHANNEL) && l.toId().equals(OUTCOME))
                .findFirst().orElseThrow();
        assertThat(throughTheChannel.steps().get(0).evidence()).anySatisfy(line -> assertThat(line).contains(ledTo.citations().get(0).quote()));
        assertThat(throughTheChannel.steps().get(0).takingPart()).contains("Henry Kissinger", "Anatoly Dobrynin");
        assertThat(throughTheChannel.steps().get(0).evidence()).as("a sentence backing several links is quoted once")
                .filteredOn(line -> line.contains(ledTo.citations().get(0).quote())).hasSize(1);
        assertThat(throughTheChannel.steps()).last().extracting(StepLine::nodeId).isEqualTo(OUTCOME);
        assertThat(exploration.highlights().of(HighlightSource.OUTCOME_CHAINS)).contains(BACK_CHANNEL, OUTCOME, ledTo.id());
    }

    @Test
    void pickingAChainHighlightsOnlyItAndListsItsSteps() {
        chains.explain(OUTCOME);
        ChainLine last = chains.getChains().get(chains.getChains().size() - 1);

        chains.showChain(last);

        assertThat(exploration.highlights().of(HighlightSource.OUTCOME_CHAINS)).isEqualTo(last.ids());
        assertThat(chains.getSteps()).isEqualTo(last.steps());
        assertThat(chains.getChains()).extracting(ChainLine::rank).isSorted();
    }

    @Test
    void forAnActorItListsTheOutcomesItContributedTo() {
        chains.explain("henry-kissinger");

        assertThat(chains.titleProperty().get()).isEqualTo("What Henry Kissinger contributed to");
        assertThat(chains.getChains()).anySatisfy(c -> assertThat(c.steps().get(c.steps().size() - 1).nodeId()).isEqualTo(OUTCOME));
    }

    @Test
    void clearingForgetsTheAnswerAndItsHighlight() {
        chains.explain(OUTCOME);

        chains.clear();

        assertThat(chains.getChains()).isEmpty();
        assertThat(exploration.highlights().of(HighlightSource.OUTCOME_CHAINS)).isEmpty();
    }
}
