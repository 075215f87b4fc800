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
import org.backchannel.model.PartialDate;
import org.backchannel.model.Secrecy;
import org.backchannel.render.ExportOptions;
import org.backchannel.render.Palette;
import org.backchannel.render.timeline.ChartFlag;
import org.backchannel.render.timeline.DayRange;
import org.backchannel.render.timeline.Lane;
import org.backchannel.render.timeline.LaneGroup;
import org.backchannel.render.timeline.TimelineChart;
import org.backchannel.render.timeline.TimelineExporter;
import org.backchannel.store.GraphFilter;
import org.junit.jupiter.api.Test;

/** The parallel-channels answer as a timeline chart: lanes in the answer's order under tier headings, spans, exchanges, flags. */
class ParallelChartTest {

    /** A back channel of 1970–1975 with one exchange, an open front line from 1963, and undated talks, all between two states. */
    private static ParallelAnswer answer() {
        LoadedGraph graph = LoadedGraph.of(List.of(state("east"), state("west"), actor("adviser"), actor("envoy"),
                channel("back", ChannelType.BACK_CHANNEL, Secrecy.SECRET, "1970", "1975"),
                channel("line", ChannelType.HEAD_OF_STATE_LINE, Secrecy.ACKNOWLEDGED, "1963", null),
                channel("talks", ChannelType.OFFICIAL_TALKS, Secrecy.PUBLIC, null, null)), List.of(
                office("adviser-office", "adviser", "east", "Adviser", "1969", "1975"),
                office("envoy-office", "envoy", "west", "Envoy", "1960", "1990"),
                spoke("adviser-envoy", "adviser", "envoy", "back", "1971", "1971"),
                link("line-east", LinkType.CONNECTS, "line", "east"), link("line-west", LinkType.CONNECTS, "line", "west"),
                link("talks-east", LinkType.CONNECTS, "talks", "east"), link("talks-west", LinkType.CONNECTS, "talks", "west")));
        return ParallelChannels.between(graph, GraphFilter.ALL, "east", "west");
    }

    @Test
    void aLanePerChannelInTheAnswersOrderUnderAHeadingPerTier() {
        ParallelAnswer answer = answer();
        TimelineChart chart = ParallelChart.of(answer);

        assertThat(chart.lanes()).extracting(Lane::nodeId)
                .containsExactlyElementsOf(answer.channels().stream().map(r -> r.channel().id()).toList());
        int back = chart.laneOf("back");
        assertThat(chart.groups()).extracting(LaneGroup::firstLane).containsExactly(0, back);
        assertThat(chart.groups().get(0).title()).startsWith("Front channels").endsWith("(" + back + ")");
        assertThat(chart.groups().get(1).title()).startsWith("Back channels").endsWith("(1)");
    }

    @Test
    void eachDatedChannelIsABarNamedWithWhoTookPartAndItsExchangesSitOnItsLane() {
        TimelineChart chart = ParallelChart.of(answer());
        int back = chart.laneOf("back");

        assertThat(chart.bars()).filteredOn(b -> b.id().equals("back")).singleElement()
                .satisfies(bar -> assertThat(bar.label()).contains("1970–1975", "adviser", "envoy"));
        assertThat(chart.bars()).filteredOn(b -> b.id().equals("line")).singleElement().satisfies(bar -> assertThat(bar.open()).isTrue());
        assertThat(chart.bars()).noneMatch(b -> b.id().equals("talks"));
        assertThat(chart.exchanges()).singleElement().satisfies(e -> {
            assertThat(e.fromLane()).isEqualTo(back);
            assertThat(e.toLane()).isEqualTo(back);
        });
        assertThat(ParallelChart.undated(answer())).containsExactly("talks (no dates)");
    }

    @Test
    void aParallelFlagCoversTheOverlapOnTheLanesOfItsChannelsOnly() {
        ParallelAnswer answer = answer();
        TimelineChart chart = ParallelChart.of(answer);

        assertThat(answer.flags()).anyMatch(f -> f.kind() == ChannelFlag.Kind.PARALLEL);
        ChartFlag parallel = chart.flags().stream().filter(f -> f.label().contains("parallel")).findFirst().orElseThrow();
        assertThat(parallel.lanes()).containsExactly(chart.laneOf("line"), chart.laneOf("back"));
        DayRange backYears = DayRange.closed(SmallGraphs.span("1970", "1975"));
        assertThat(parallel.when()).as("the open line overlaps all of the back channel").isEqualTo(backYears);
        assertThat(parallel.when().from()).isEqualTo(DayRange.of(PartialDate.parse("1970").orElseThrow()).from());
    }

    @Test
    void askedAboutAnEraTheAxisCoversTheEraAndWhatRunsOnEndsInAnArrow() {
        TimelineChart chart = ParallelChart.of(answer(), new org.backchannel.model.YearRange(1971, 1973));
        DayRange era = DayRange.closed(SmallGraphs.span("1971", "1973"));

        assertThat(chart.bars()).allSatisfy(bar -> {
            assertThat(bar.when().from()).isGreaterThanOrEqualTo(era.from());
            assertThat(bar.when().to()).isLessThanOrEqualTo(era.to());
            assertThat(bar.open()).as(bar.id() + " runs on past the era").isTrue();
        });
        assertThat(chart.bars()).extracting(b -> b.id()).contains("line", "back");
        assertThat(chart.scale().firstDay()).as("the axis does not reach back to when the channels began")
                .isGreaterThan(ParallelChart.of(answer()).scale().firstDay() + 365);
        assertThat(chart.flags()).allSatisfy(f -> assertThat(f.when().from()).isGreaterThanOrEqualTo(era.from()));
    }

    @Test
    void theFigureIsPaintedByTheTimelinePainterWithItsHeadingsAndFlags() {
        String svg = new TimelineExporter(Palette.standard()).toSvg(ParallelChart.of(answer()),
                new ExportOptions(1200, 1, false, true, List.of("caption")));
        assertThat(svg).contains("Front channels", "Back channels", "parallel", "line", "back", "Flagged period");
    }
}
