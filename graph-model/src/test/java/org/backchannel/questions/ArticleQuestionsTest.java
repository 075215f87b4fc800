package org.backchannel.questions;

import static org.assertj.core.api.Assertions.assertThat;

import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.Citation;
import java.util.List;
import java.util.Set;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.YearRange;
import org.backchannel.questions.TimeRespectingPaths.Goal;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.TestDatasets;
import org.junit.jupiter.api.Test;

/** The facts the article states, asked of the bundled dataset as the questions would ask a scene of it. */
class ArticleQuestionsTest {

    private static final Dataset ARTICLE = TestDatasets.bundled();
    private static final LoadedGraph GRAPH = LoadedGraph.of(ARTICLE.nodes(), ARTICLE.links());

    @Test
    void bidensMessageReachesPutinThroughBurnssNovember2021Visit() {
        TimedPath path = TimeRespectingPaths.find(GRAPH, GraphFilter.ALL, "joe-biden", "vladimir-putin",
                Goal.EARLIEST_ARRIVAL, 10).orElseThrow();
        assertThat(path.steps()).extracting(s -> s.to().id()).containsExactly("william-burns", "vladimir-putin");
        TimedStep visit = path.steps().get(1);
        assertThat(visit.link().span().toString()).startsWith("2021-11");
        assertThat(visit.link().citations()).extracting(Citation::quote)
                .anySatisfy(q -> assertThat(q).contains("visited Moscow on 2–3 November 2021"));
        assertThat(visit.orderUncertain()).as("both exchanges are dated only to November 2021").isTrue();
    }

    @Test
    void theKissingerDobryninBackChannelAndTheHotlineRunSideBySideBetweenTheSuperpowers() {
        ParallelAnswer answer = ParallelChannels.between(GRAPH, new GraphFilter(Set.of(), new YearRange(1969, 1977)),
                "united-states", "soviet-union");
        assertThat(answer.channels()).extracting(r -> r.channel().id())
                .contains("kissinger-dobrynin-back-channel", "washington-moscow-hotline");
        assertThat(row(answer, "kissinger-dobrynin-back-channel").tier()).isEqualTo(Tier.BACK);
        assertThat(row(answer, "washington-moscow-hotline").tier()).isEqualTo(Tier.FRONT);
        ChannelFlag parallel = answer.flags().stream().filter(f -> f.kind() == ChannelFlag.Kind.PARALLEL)
                .filter(f -> f.nodes().stream().anyMatch(n -> n.id().equals("washington-moscow-hotline")))
                .findFirst().orElseThrow();
        assertThat(parallel.certain()).isTrue();
        assertThat(parallel.links()).flatExtracting(GraphLink::citations).extracting(Citation::quote)
                .anySatisfy(q -> assertThat(q).contains("such as the hotline"));
        ChannelFlag bypass = answer.flags().stream().filter(f -> f.kind() == ChannelFlag.Kind.BYPASS).findFirst().orElseThrow();
        assertThat(bypass.summary()).contains("Henry Kissinger", "National Security Advisor", "1970");
        assertThat(bypass.links()).extracting(GraphLink::id)
                .contains("kissinger-spoke-with-dobrynin-cienfuegos-1970", "kissinger-holds-office-secretary-of-state");
        assertThat(answer.limits()).anySatisfy(l -> assertThat(l).contains("Soviet Union"));
    }

    @Test
    void theCienfuegosDeEscalationCameThroughTheBackChannelOnTheArticlesWord() {
        List<OutcomeChain> chains = new OutcomeChains(GRAPH, 6, 20).leadingTo("cienfuegos-base-abandoned-1970");
        OutcomeChain throughTheChannel = chains.stream()
                .filter(c -> c.steps().get(0).node().id().equals("kissinger-dobrynin-back-channel")).findFirst().orElseThrow();
        ChainStep channel = throughTheChannel.steps().get(0);
        assertThat(channel.ledTo().citations()).extracting(Citation::quote)
                .anySatisfy(q -> assertThat(q).contains("dissuading the Soviets from completing construction of a submarine base at Cienfuegos"));
        assertThat(channel.takingPart()).extracting(GraphLink::fromId).contains("henry-kissinger", "anatoly-dobrynin");
        assertThat(channel.exchanges()).extracting(GraphLink::id).contains("kissinger-spoke-with-dobrynin-cienfuegos-1970");
        assertThat(new OutcomeChains(GRAPH, 6, 20).contributionsOf("henry-kissinger")).extracting(c -> c.outcome().id())
                .contains("cienfuegos-base-abandoned-1970");
    }

    private static ChannelRow row(ParallelAnswer answer, String channelId) {
        return answer.channels().stream().filter(r -> r.channel().id().equals(channelId)).findFirst().orElseThrow();
    }
}
