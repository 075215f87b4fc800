package org.backchannel.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backchannel.questions.SmallGraphs.actor;
import static org.backchannel.questions.SmallGraphs.channel;
import static org.backchannel.questions.SmallGraphs.link;
import static org.backchannel.questions.SmallGraphs.office;
import static org.backchannel.questions.SmallGraphs.spoke;
import static org.backchannel.questions.SmallGraphs.state;

import java.util.List;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.ChannelType;
import org.backchannel.model.LinkType;
import org.backchannel.model.Secrecy;
import org.backchannel.store.GraphFilter;
import org.junit.jupiter.api.Test;

/** The parties "Channels with…" offers: those an answer would find channels with, most channels first. */
class ChannelPartnersTest {

    /** East's adviser and West's envoy speak through a back channel; a line and talks connect the states; a loner has none. */
    private static final LoadedGraph GRAPH = LoadedGraph.of(List.of(state("east"), state("west"), state("north"), actor("adviser"),
            actor("envoy"), actor("loner"),
            channel("back", ChannelType.BACK_CHANNEL, Secrecy.SECRET, "1970", "1975"),
            channel("line", ChannelType.HEAD_OF_STATE_LINE, Secrecy.ACKNOWLEDGED, "1963", null),
            channel("talks", ChannelType.OFFICIAL_TALKS, Secrecy.PUBLIC, "1972", "1972")), List.of(
            office("adviser-office", "adviser", "east", "Adviser", "1969", "1975"),
            office("envoy-office", "envoy", "west", "Envoy", "1960", "1990"),
            office("loner-office", "loner", "north", "Clerk", "1960", "1990"),
            spoke("adviser-envoy", "adviser", "envoy", "back", "1971", "1971"),
            link("line-east", LinkType.CONNECTS, "line", "east"), link("line-west", LinkType.CONNECTS, "line", "west"),
            link("talks-east", LinkType.CONNECTS, "talks", "east"), link("talks-west", LinkType.CONNECTS, "talks", "west")));

    @Test
    void aStateIsOfferedTheOtherSidesOfItsChannelsWithTheirCountsAndNeverItsOwnMembers() {
        List<ChannelPartners.Partner> partners = ChannelPartners.of(GRAPH, GraphFilter.ALL, "east", 10);

        assertThat(partners).extracting(p -> p.party().id()).containsExactly("west", "envoy");
        for (ChannelPartners.Partner partner : partners) {
            assertThat(partner.channels()).as(partner.party().id())
                    .isEqualTo(ParallelChannels.between(GRAPH, GraphFilter.ALL, "east", partner.party().id()).channels().size());
        }
    }

    @Test
    void anActorIsOfferedThoseItSpokeWithAndTheirStatesButNotItsOwnState() {
        assertThat(ChannelPartners.of(GRAPH, GraphFilter.ALL, "adviser", 10)).extracting(p -> p.party().id()).containsExactly("envoy", "west");
    }

    @Test
    void theCountsAreThoseOfTheAnswerUnderTheFilter() {
        GraphFilter seventiesOnly = new GraphFilter(java.util.Set.of(), new org.backchannel.model.YearRange(1974, 1975));
        assertThat(ChannelPartners.of(GRAPH, seventiesOnly, "east", 10)).extracting(p -> p.party().id() + " " + p.channels())
                .as("the envoy's only tie, the 1971 exchange, is outside the filter")
                .containsExactly("west " + ParallelChannels.between(GRAPH, seventiesOnly, "east", "west").channels().size());
    }

    @Test
    void aPartyWithoutChannelsIsOfferedNothingAndTheLimitHolds() {
        assertThat(ChannelPartners.of(GRAPH, GraphFilter.ALL, "north", 10)).isEmpty();
        assertThat(ChannelPartners.of(GRAPH, GraphFilter.ALL, "east", 1)).extracting(p -> p.party().id()).containsExactly("west");
    }
}
