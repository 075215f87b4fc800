package org.backchannel.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backchannel.questions.SmallGraphs.actor;
import static org.backchannel.questions.SmallGraphs.channel;
import static org.backchannel.questions.SmallGraphs.link;
import static org.backchannel.questions.SmallGraphs.office;
import static org.backchannel.questions.SmallGraphs.organization;
import static org.backchannel.questions.SmallGraphs.spoke;
import static org.backchannel.questions.SmallGraphs.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.ChannelType;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.Secrecy;
import org.backchannel.model.YearRange;
import org.backchannel.store.GraphFilter;
import org.junit.jupiter.api.Test;

class ParallelChannelsTest {

    /** Two states; a back channel between an adviser of one and an envoy of the other; a front line between the states. */
    private static LoadedGraph twoStates(String backStart, String backEnd, String frontStart, String frontEnd,
                                         List<GraphLink> extra) {
        List<GraphNode> nodes = List.of(state("east"), state("west"), organization("east-ministry", "government"),
                actor("adviser"), actor("envoy"), actor("minister"),
                channel("back", ChannelType.BACK_CHANNEL, Secrecy.SECRET, backStart, backEnd),
                channel("front", ChannelType.HEAD_OF_STATE_LINE, Secrecy.ACKNOWLEDGED, frontStart, frontEnd),
                channel("elsewhere", ChannelType.BACK_CHANNEL, Secrecy.SECRET, "1970", "1980"));
        List<GraphLink> links = new ArrayList<>(List.of(
                link("ministry-of-east", LinkType.AFFILIATED_WITH, "east-ministry", "east"),
                office("adviser-office", "adviser", "east", "Adviser", "1969", "1975"),
                office("envoy-office", "envoy", "west", "Envoy", "1960", "1990"),
                office("minister-office", "minister", "east-ministry", "Minister", "1969", "1973"),
                spoke("adviser-envoy", "adviser", "envoy", "back", "1971", "1971"),
                link("front-east", LinkType.CONNECTS, "front", "east"),
                link("front-west", LinkType.CONNECTS, "front", "west"),
                link("elsewhere-east", LinkType.CONNECTS, "elsewhere", "east")));
        links.addAll(extra);
        return LoadedGraph.of(nodes, links);
    }

    @Test
    void aChannelCountsWhenItsMembersTieItToBothSidesAndFrontComesBeforeBack() {
        ParallelAnswer answer = ParallelChannels.between(twoStates("1970", "1975", "1963", null, List.of()),
                GraphFilter.ALL, "east", "west");
        assertThat(answer.channels()).extracting(r -> r.channel().id()).containsExactly("front", "back");
        ChannelRow back = answer.channels().get(1);
        assertThat(back.tier()).isEqualTo(Tier.BACK);
        assertThat(back.participants()).extracting(GraphNode::id).containsExactly("adviser", "envoy");
        assertThat(back.exchanges()).extracting(GraphLink::id).containsExactly("adviser-envoy");
    }

    @Test
    void backAndFrontInTheSamePeriodAreFlaggedParallelWithTheLinksBehindIt() {
        ParallelAnswer answer = ParallelChannels.between(twoStates("1970", "1975", "1963", null, List.of()),
                GraphFilter.ALL, "east", "west");
        ChannelFlag parallel = flag(answer, ChannelFlag.Kind.PARALLEL);
        assertThat(parallel.certain()).isTrue();
        assertThat(parallel.summary()).contains("1970–1975");
        assertThat(parallel.links()).extracting(GraphLink::id).contains("front-east", "front-west", "adviser-envoy");
    }

    @Test
    void aYearAgainstAMonthOfItIsOnlyAPossibleParallel() {
        ParallelAnswer answer = ParallelChannels.between(twoStates("1970", "1970", "1970-10", "1970-10", List.of()),
                GraphFilter.ALL, "east", "west");
        assertThat(flag(answer, ChannelFlag.Kind.PARALLEL).certain()).isFalse();
    }

    @Test
    void channelsThatNeverRanTogetherAreNotParallelAndTheEraKeepsOthersOut() {
        assertThat(ParallelChannels.between(twoStates("1970", "1975", "1980", "1990", List.of()), GraphFilter.ALL, "east", "west")
                .flags()).noneMatch(f -> f.kind() == ChannelFlag.Kind.PARALLEL);
        ParallelAnswer eighties = ParallelChannels.between(twoStates("1970", "1975", "1963", null, List.of()),
                new GraphFilter(Set.of(), new YearRange(1980, 1989)), "east", "west");
        assertThat(eighties.channels()).extracting(r -> r.channel().id()).containsExactly("front");
    }

    @Test
    void anAdviserOutsideTheMinistryWhileTheMinisterHeldItIsABypass() {
        ParallelAnswer answer = ParallelChannels.between(twoStates("1970", "1975", "1963", null, List.of()),
                GraphFilter.ALL, "east", "west");
        ChannelFlag bypass = flag(answer, ChannelFlag.Kind.BYPASS);
        assertThat(bypass.summary()).contains("adviser", "Adviser (1969–1975)", "east-ministry");
        assertThat(bypass.links()).extracting(GraphLink::id).containsExactly("adviser-envoy", "adviser-office");
        assertThat(answer.limits()).anySatisfy(l -> assertThat(l).contains("west"));
    }

    @Test
    void anOfficeInTheMinistryThatMayCoverTheExchangeMeansNoBypass() {
        LoadedGraph graph = twoStates("1970", "1975", "1963", null,
                List.of(office("adviser-in-ministry", "adviser", "east-ministry", "Deputy", "1971-06", "1972")));
        assertThat(ParallelChannels.between(graph, GraphFilter.ALL, "east", "west").flags())
                .noneMatch(f -> f.kind() == ChannelFlag.Kind.BYPASS);
    }

    private static ChannelFlag flag(ParallelAnswer answer, ChannelFlag.Kind kind) {
        return answer.flags().stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }
}
