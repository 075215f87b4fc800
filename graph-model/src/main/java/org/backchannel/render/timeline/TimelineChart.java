package org.backchannel.render.timeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.backchannel.model.ChannelType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.Secrecy;
import org.backchannel.render.LegendContent;

/**
 * The timeline chart as plain data: its lanes in order, what is drawn on them, and the time axis. Built by
 * {@link TimelineBuilder}, painted by {@link TimelinePainter} onto any painter.
 *
 * @param undated how many of the elements it was built from have no date and are not drawn
 * @param groups  headings over runs of lanes, by first lane ascending; none for the timeline pane
 * @param flags   periods the data flags across some lanes; none for the timeline pane
 */
public record TimelineChart(List<Lane> lanes, List<ChartBar> bars, List<ChartExchange> exchanges,
                            List<ChartMarker> markers, TimeScale scale, int undated,
                            List<LaneGroup> groups, List<ChartFlag> flags) {

    public TimelineChart {
        lanes = List.copyOf(lanes);
        bars = List.copyOf(bars);
        exchanges = List.copyOf(exchanges);
        markers = List.copyOf(markers);
        groups = List.copyOf(groups);
        flags = List.copyOf(flags);
    }

    /** A chart without lane groups or flags. */
    public TimelineChart(List<Lane> lanes, List<ChartBar> bars, List<ChartExchange> exchanges, List<ChartMarker> markers,
                         TimeScale scale, int undated) {
        this(lanes, bars, exchanges, markers, scale, undated, List.of(), List.of());
    }

    /** Whether a group heading stands above this lane. */
    boolean headsGroup(int lane) {
        for (LaneGroup group : groups) {
            if (group.firstLane() == lane) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return lanes.isEmpty();
    }

    /** The index of the lane that stands for a node, or -1. */
    public int laneOf(String nodeId) {
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).nodeId().equals(nodeId)) {
                return i;
            }
        }
        return -1;
    }

    /** What a legend beside the chart lists: the kinds of markers, the channel types and secrecies drawn, and what a missing arrowhead means. */
    public LegendContent legend() {
        Set<NodeKind> kinds = EnumSet.noneOf(NodeKind.class);
        markers.forEach(m -> kinds.add(m.kind()));
        Set<ChannelType> types = EnumSet.noneOf(ChannelType.class);
        Set<Secrecy> secrecies = EnumSet.noneOf(Secrecy.class);
        for (ChartBar bar : bars) {
            if (bar.isChannel()) {
                types.add(bar.channelType());
                if (bar.secrecy() != null) {
                    secrecies.add(bar.secrecy());
                }
            }
        }
        boolean oneWay = false;
        boolean mutual = false;
        for (ChartExchange exchange : exchanges) {
            mutual |= exchange.mutual();
            oneWay |= !exchange.mutual();
            if (exchange.channelType() != null) {
                types.add(exchange.channelType());
            }
            if (exchange.secrecy() != null) {
                secrecies.add(exchange.secrecy());
            }
        }
        return new LegendContent(kinds, false, types, secrecies, Set.of(), new TreeSet<>(), null,
                new LegendContent.ExchangeDirections(oneWay, mutual));
    }
}
