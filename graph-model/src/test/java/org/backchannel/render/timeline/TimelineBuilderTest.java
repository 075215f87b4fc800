package org.backchannel.render.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backchannel.render.timeline.Charts.actor;
import static org.backchannel.render.timeline.Charts.at;
import static org.backchannel.render.timeline.Charts.channel;
import static org.backchannel.render.timeline.Charts.event;
import static org.backchannel.render.timeline.Charts.exchange;
import static org.backchannel.render.timeline.Charts.link;
import static org.backchannel.render.timeline.Charts.outcome;
import static org.backchannel.render.timeline.Charts.span;
import static org.backchannel.render.timeline.Charts.state;

import java.time.LocalDate;
import java.util.List;
import org.backchannel.model.ChannelType;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.Secrecy;
import org.junit.jupiter.api.Test;

/**
 * Two envoys of two states talk through a deniable back channel from 1969 to 1977, once more in 1970; a
 * crisis both took part in ends in an outcome the channel led to; a third person's office has no end; a
 * fourth person talks to nobody and an event has no date.
 */
class TimelineBuilderTest {

    private final List<GraphNode> nodes = List.of(
            actor("envoy"), actor("ambassador"), actor("president"), actor("loner"),
            state("west"), state("east"),
            channel("channel", ChannelType.BACK_CHANNEL, Secrecy.DENIABLE, span("1969", "1986")),
            event("crisis", at("1970")), event("undated", null),
            outcome("calm", at("1970")));
    private final List<GraphLink> links = List.of(
            exchange("talks", "envoy", "ambassador", "channel", span("1969", "1977")),
            exchange("call", "envoy", "ambassador", "channel", at("1970")),
            link("e-in", LinkType.PARTICIPATES_IN, "envoy", "channel", null),
            link("a-in", LinkType.PARTICIPATES_IN, "ambassador", "channel", null),
            link("e-crisis", LinkType.TOOK_PART_IN, "envoy", "crisis", null),
            link("a-crisis", LinkType.TOOK_PART_IN, "ambassador", "crisis", null),
            link("calmed", LinkType.LED_TO, "channel", "calm", at("1970")),
            link("e-office", LinkType.HOLDS_OFFICE, "envoy", "west", span("1969-01", "1975-11")),
            link("a-office", LinkType.HOLDS_OFFICE, "ambassador", "east", span("1962", "1986")),
            link("p-office", LinkType.HOLDS_OFFICE, "president", "west", span("2021-01-20", null)),
            link("l-office", LinkType.AFFILIATED_WITH, "loner", "west", null));

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static List<String> laneIds(TimelineChart chart) {
        return chart.lanes().stream().map(Lane::nodeId).toList();
    }

    @Test
    void anExchangeRunsBetweenItsPartiesLanesOverTheDaysItsDateMayMean() {
        TimelineChart chart = TimelineBuilder.build(nodes, links, LaneMode.ACTORS);
        ChartExchange call = chart.exchanges().stream().filter(e -> e.linkId().equals("call")).findFirst().orElseThrow();
        assertThat(chart.lanes().get(call.fromLane()).nodeId()).isEqualTo("envoy");
        assertThat(chart.lanes().get(call.toLane()).nodeId()).isEqualTo("ambassador");
        assertThat(Math.abs(call.fromLane() - call.toLane())).as("the two parties' lanes lie side by side").isEqualTo(1);
        assertThat(call.when().from()).isEqualTo(LocalDate.of(1970, 1, 1).toEpochDay());
        assertThat(call.when().to()).isEqualTo(LocalDate.of(1971, 1, 1).toEpochDay());
        assertThat(call.channelType()).isEqualTo(ChannelType.BACK_CHANNEL);
        assertThat(call.secrecy()).isEqualTo(Secrecy.DENIABLE);
    }

    @Test
    void officesAndChannelsAreBarsOnTheirLanesAndAnOpenOneRunsOn() {
        TimelineChart chart = TimelineBuilder.build(nodes, links, LaneMode.ACTORS);
        List<ChartBar> channelBars = chart.bars().stream().filter(b -> b.id().equals("channel")).toList();
        assertThat(channelBars).extracting(b -> chart.lanes().get(b.lane()).nodeId()).containsExactlyInAnyOrder("envoy", "ambassador");
        ChartBar president = chart.bars().stream().filter(b -> chart.lanes().get(b.lane()).nodeId().equals("president"))
                .findFirst().orElseThrow();
        assertThat(president.open()).isTrue();
        assertThat(president.label()).isEqualTo("office");
        assertThat(president.isChannel()).isFalse();
        // On the envoy's lane the office overlaps the channel's lifetime, so they take two rows.
        int envoy = chart.laneOf("envoy");
        assertThat(chart.lanes().get(envoy).barRows()).isEqualTo(2);
    }

    @Test
    void eventsSitOnTheLanesOfThoseWhoTookPartAndOutcomesWhereWhatLedToThemWas() {
        TimelineChart chart = TimelineBuilder.build(nodes, links, LaneMode.ACTORS);
        ChartMarker crisis = chart.markers().stream().filter(m -> m.nodeId().equals("crisis")).findFirst().orElseThrow();
        assertThat(crisis.lanes()).containsExactlyInAnyOrder(chart.laneOf("envoy"), chart.laneOf("ambassador"));
        ChartMarker calm = chart.markers().stream().filter(m -> m.nodeId().equals("calm")).findFirst().orElseThrow();
        assertThat(calm.lanes()).containsExactlyInAnyOrder(chart.laneOf("envoy"), chart.laneOf("ambassador"));
        assertThat(laneIds(chart)).doesNotContain("loner").contains("president");
        assertThat(chart.undated()).as("the undated event").isEqualTo(1);
    }

    @Test
    void theChannelViewPutsExchangesAndWhatCameOfThemOnTheChannelsLane() {
        TimelineChart chart = TimelineBuilder.build(nodes, links, LaneMode.CHANNELS);
        assertThat(laneIds(chart)).containsExactly("channel");
        assertThat(chart.exchanges()).allSatisfy(e -> assertThat(e.fromLane()).isEqualTo(0).isEqualTo(e.toLane()));
        assertThat(chart.markers()).extracting(ChartMarker::nodeId).containsExactly("calm");
        assertThat(chart.bars()).extracting(ChartBar::id).containsExactly("channel");
    }

    @Test
    void theStateViewPutsEachPartyOnTheLaneOfTheStateItServes() {
        TimelineChart chart = TimelineBuilder.build(nodes, links, LaneMode.STATES);
        assertThat(laneIds(chart)).containsExactlyInAnyOrder("west", "east");
        ChartExchange call = chart.exchanges().stream().filter(e -> e.linkId().equals("call")).findFirst().orElseThrow();
        assertThat(chart.lanes().get(call.fromLane()).nodeId()).isEqualTo("west");
        assertThat(chart.lanes().get(call.toLane()).nodeId()).isEqualTo("east");
    }

    @Test
    void anEventEveryoneTookPartInIsDrawnOnAFewLanesAndSaysHowManyMore() {
        int crowd = TimelineBuilder.MAX_MARKER_LANES + 6;
        List<GraphNode> many = new java.util.ArrayList<>(List.of(event("rally", at("1989"))));
        List<GraphLink> took = new java.util.ArrayList<>();
        for (int i = 0; i < crowd; i++) {
            many.add(actor("person" + i));
            took.add(link("took" + i, LinkType.TOOK_PART_IN, "person" + i, "rally", null));
        }
        ChartMarker rally = TimelineBuilder.build(many, took, LaneMode.ACTORS).markers().get(0);
        assertThat(rally.lanes()).hasSize(TimelineBuilder.MAX_MARKER_LANES);
        assertThat(rally.label()).endsWith("(and " + (crowd - TimelineBuilder.MAX_MARKER_LANES) + " more lanes)");
    }

    @Test
    void theSameGraphGivesTheSameChart() {
        TimelineChart one = TimelineBuilder.build(nodes, links, LaneMode.ACTORS);
        TimelineChart two = TimelineBuilder.build(reversed(nodes), reversed(links), LaneMode.ACTORS);
        assertThat(laneIds(two)).isEqualTo(laneIds(one));
    }
}
