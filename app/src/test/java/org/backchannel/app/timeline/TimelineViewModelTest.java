package org.backchannel.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.BundledDataset;
import org.backchannel.app.task.SameThreadTasks;
import org.backchannel.exploration.Exploration;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.LinkType;
import org.backchannel.model.YearRange;
import org.backchannel.render.timeline.Lane;
import org.backchannel.render.timeline.LaneMode;
import org.backchannel.render.timeline.TimelinePicking.Pick;
import org.backchannel.store.GraphFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimelineViewModelTest {

    private static Dataset dataset;
    private final Exploration exploration = new Exploration();
    private TimelineViewModel timeline;

    @BeforeAll
    static void loadDataset() throws Exception {
        dataset = BundledDataset.load();
    }

    @BeforeEach
    void showTheChart() {
        exploration.load(LoadedGraph.of(dataset.nodes(), dataset.links()));
        timeline = new TimelineViewModel(exploration, new SameThreadTasks());
    }

    private static GraphLink firstDatedExchange() {
        return dataset.links().stream().filter(l -> l.type() == LinkType.SPOKE_WITH && l.span().isDated()).findFirst().orElseThrow();
    }

    @Test
    void theChartIsBuiltOnlyOnceItShowsAndThenFollowsTheFilters() {
        assertThat(timeline.chartProperty().get()).isNull();
        timeline.setShowing(true);
        GraphLink exchange = firstDatedExchange();
        assertThat(timeline.chartProperty().get().exchanges()).anySatisfy(e -> assertThat(e.linkId()).isEqualTo(exchange.id()));
        int year = exchange.span().start() != null ? exchange.span().start().year() : exchange.span().end().year();
        exploration.commands().apply(new GraphFilter(Set.of(), new YearRange(year - 100, year - 99)));
        assertThat(timeline.chartProperty().get().exchanges()).noneSatisfy(e -> assertThat(e.linkId()).isEqualTo(exchange.id()));
    }

    @Test
    void brushingAStretchOfTimeSetsTheEraInOneUndoableStepKeepingTheChannelTypes() {
        timeline.setShowing(true);
        exploration.commands().apply(new GraphFilter(Set.of(ChannelType.BACK_CHANNEL), null));
        int steps = exploration.history().size();
        timeline.brush(LocalDate.of(1977, 6, 1).toEpochDay(), LocalDate.of(1969, 2, 1).toEpochDay());
        assertThat(exploration.filter().years()).isEqualTo(new YearRange(1969, 1977));
        assertThat(exploration.filter().channelTypes()).containsExactly(ChannelType.BACK_CHANNEL);
        assertThat(exploration.history().size()).isEqualTo(steps + 1);
        exploration.undo();
        assertThat(exploration.filter().years()).isNull();
    }

    @Test
    void aClickOnALaneSelectsItsNodeAndAClickOnAnExchangePicksIt() {
        timeline.setShowing(true);
        Lane lane = timeline.chartProperty().get().lanes().get(0);
        timeline.select(new Pick(lane.nodeId(), null), false);
        assertThat(exploration.selection()).containsExactly(lane.nodeId());
        assertThat(timeline.marksProperty().get().selected()).containsExactly(lane.nodeId());
        GraphLink exchange = firstDatedExchange();
        timeline.select(new Pick(null, exchange.id()), false);
        assertThat(exploration.pickedLink()).isEqualTo(exchange.id());
        assertThat(timeline.marksProperty().get().highlighted()).contains(exchange.id());
        timeline.select(null, false);
        assertThat(exploration.selection()).isEmpty();
    }

    @Test
    void switchingLanesToChannelsGivesALanePerChannel() {
        timeline.setShowing(true);
        timeline.laneModeProperty().set(LaneMode.CHANNELS);
        assertThat(timeline.chartProperty().get().lanes()).isNotEmpty()
                .allSatisfy(l -> assertThat(dataset.node(l.nodeId()).orElseThrow().channelType()).isNotNull());
    }
}
