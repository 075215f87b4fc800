package org.backchannel.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backchannel.questions.SmallGraphs.actor;
import static org.backchannel.questions.SmallGraphs.channel;
import static org.backchannel.questions.SmallGraphs.event;
import static org.backchannel.questions.SmallGraphs.link;
import static org.backchannel.questions.SmallGraphs.outcome;
import static org.backchannel.questions.SmallGraphs.spoke;

import java.util.List;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Citation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.LinkType;
import org.backchannel.model.Secrecy;
import org.junit.jupiter.api.Test;

class OutcomeChainsTest {

    /** crisis → talks → deal, and the channel → deal directly; the channel's exchanges fall before and after the deal. */
    private static final LoadedGraph GRAPH = LoadedGraph.of(
            List.of(actor("a"), actor("b"), channel("line", ChannelType.BACK_CHANNEL, Secrecy.SECRET, "1970", "1980"),
                    event("crisis", "1972", "1972"), event("talks", "1973", "1973"), outcome("deal", "1974")),
            List.of(link("crisis-talks", LinkType.LED_TO, "crisis", "talks"),
                    link("talks-deal", LinkType.LED_TO, "talks", "deal"),
                    link("line-deal", LinkType.LED_TO, "line", "deal"),
                    link("a-line", LinkType.PARTICIPATES_IN, "a", "line"),
                    link("b-talks", LinkType.TOOK_PART_IN, "b", "talks"),
                    spoke("ab-1973", "a", "b", "line", "1973", "1973"),
                    spoke("ab-1979", "a", "b", "line", "1979", "1979")));

    @Test
    void chainsRunFromTheFirstCauseToTheOutcomeShortestFirst() {
        List<OutcomeChain> chains = new OutcomeChains(GRAPH, 6, 10).leadingTo("deal");
        assertThat(chains).extracting(c -> c.steps().stream().map(s -> s.node().id()).toList())
                .containsExactly(List.of("line", "deal"), List.of("crisis", "talks", "deal"));
        assertThat(chains.get(1).steps().get(1).takingPart()).extracting(GraphLink::id).containsExactly("b-talks");
        assertThat(chains.get(1).steps().get(0).ledTo().id()).isEqualTo("crisis-talks");
        assertThat(chains.get(1).steps().get(2).ledTo()).isNull();
    }

    @Test
    void aChannelStepListsItsParticipantsAndOnlyTheExchangesThatMayPrecedeTheOutcome() {
        ChainStep line = new OutcomeChains(GRAPH, 6, 10).leadingTo("deal").get(0).steps().get(0);
        assertThat(line.takingPart()).extracting(GraphLink::id).containsExactly("a-line");
        assertThat(line.exchanges()).extracting(GraphLink::id).containsExactly("ab-1973");
    }

    @Test
    void chainsOfEqualLengthGoByEvidenceThenByIdAndACycleEnds() {
        GraphLink wellSourced = new GraphLink("y-end", LinkType.LED_TO, "y", "end", null, null, null, null, null,
                List.of(SmallGraphs.quote("one"), new Citation("another-source", "two", null)));
        LoadedGraph graph = LoadedGraph.of(
                List.of(event("x", "1990", "1990"), event("y", "1990", "1990"), event("z", "1990", "1990"), outcome("end", "1991")),
                List.of(link("z-end", LinkType.LED_TO, "z", "end"),
                        link("x-end", LinkType.LED_TO, "x", "end"),
                        wellSourced,
                        link("end-z", LinkType.LED_TO, "end", "z")));
        List<OutcomeChain> chains = new OutcomeChains(graph, 6, 10).leadingTo("end");
        assertThat(chains).extracting(c -> c.steps().get(0).node().id()).containsExactly("y", "x", "z");
        assertThat(chains.get(0).evidence()).isGreaterThan(chains.get(1).evidence());
    }

    @Test
    void anActorContributedToTheOutcomesItsChannelsAndEventsLedTo() {
        List<OutcomeChain> byA = new OutcomeChains(GRAPH, 6, 10).contributionsOf("a");
        assertThat(byA).extracting(c -> c.outcome().id()).containsExactly("deal");
        List<OutcomeChain> byB = new OutcomeChains(GRAPH, 6, 10).contributionsOf("b");
        assertThat(byB).extracting(c -> c.steps().get(0).node().id()).containsExactly("line", "talks");
    }
}
