package org.backchannel.render.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.backchannel.model.ChannelType;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.Secrecy;

/**
 * Builds the {@link TimelineChart} of the nodes and links shown (the same filters as the graph): exchanges
 * between the lanes of their parties, channels' lifetimes and offices as bars, events and outcomes as
 * markers; lanes ordered by {@link LaneOrder}, the axis made by {@link TimeScale}. Pure and deterministic.
 */
public final class TimelineBuilder {

    /** How much each kind of join counts when lanes are ordered: exchanges are what the chart is about. */
    private static final double EXCHANGE_WEIGHT = 3;
    private static final double CHANNEL_WEIGHT = 2;
    private static final double EVENT_WEIGHT = 1;
    /** A marker or channel on more lanes than this joins them as a star, not every pair. */
    private static final int MAX_PAIRED_LANES = 6;
    /** A marker is drawn on at most this many lanes. */
    static final int MAX_MARKER_LANES = 24;

    private TimelineBuilder() {
    }

    /** A pending item, with lanes as node ids until the lanes are ordered. */
    private record Pending(Object item, List<String> lanes) {
    }

    public static TimelineChart build(Collection<GraphNode> nodes, Collection<GraphLink> links, LaneMode mode) {
        LaneAnchors anchors = new LaneAnchors(nodes, links, mode);
        List<Pending> pending = new ArrayList<>();
        int undated = 0;
        for (GraphLink link : links) {
            if (link.type() == LinkType.SPOKE_WITH) {
                undated += exchange(link, anchors, mode, pending) ? 0 : 1;
            } else if (link.type() == LinkType.HOLDS_OFFICE && mode == LaneMode.ACTORS) {
                undated += office(link, anchors, pending) ? 0 : 1;
            }
        }
        Map<String, Set<String>> spokeThrough = mode == LaneMode.CHANNELS ? Map.of() : spokeThrough(links, anchors);
        for (GraphNode node : nodes) {
            if (node.kind() == NodeKind.CHANNEL || node.kind() == NodeKind.EVENT || node.kind() == NodeKind.OUTCOME) {
                undated += placeNode(node, anchors, spokeThrough.getOrDefault(node.id(), Set.of()), pending) ? 0 : 1;
            }
        }
        return assemble(pending, anchors, undated);
    }

    private static boolean exchange(GraphLink link, LaneAnchors anchors, LaneMode mode, List<Pending> pending) {
        DayRange when = when(link.span());
        GraphNode channel = link.channelId() == null ? null : anchors.node(link.channelId());
        if (when == null || anchors.node(link.fromId()) == null || anchors.node(link.toId()) == null) {
            return false;
        }
        List<String> lanes;
        if (mode == LaneMode.CHANNELS) {
            if (channel == null) {
                return false;
            }
            lanes = List.of(channel.id(), channel.id());
        } else {
            lanes = List.of(anchors.laneOfParty(link.fromId()), anchors.laneOfParty(link.toId()));
        }
        ChannelType type = channel == null ? null : channel.channelType();
        Secrecy secrecy = channel == null ? null : channel.secrecy();
        pending.add(new Pending(new ChartExchange(link.id(), -1, -1, when, type, secrecy, link.mutual()), lanes));
        return true;
    }

    private static boolean office(GraphLink link, LaneAnchors anchors, List<Pending> pending) {
        DayRange when = when(link.span());
        GraphNode organization = anchors.node(link.toId());
        if (when == null || organization == null || anchors.node(link.fromId()) == null) {
            return false;
        }
        String label = link.role() != null && !link.role().isBlank() ? link.role() : organization.name();
        boolean open = link.span().end() == null;
        pending.add(new Pending(new ChartBar(organization.id(), -1, 0, when, open, null, null, label), List.of(link.fromId())));
        return true;
    }

    /**
     * The lanes of those who spoke through each channel. A channel's lifetime goes on these lanes rather than on
     * every participant's: a summit's channel has a dozen participants, and a bar on each buries the exchanges.
     */
    private static Map<String, Set<String>> spokeThrough(Collection<GraphLink> links, LaneAnchors anchors) {
        Map<String, Set<String>> lanes = new HashMap<>();
        for (GraphLink link : links) {
            if (link.type() == LinkType.SPOKE_WITH && link.channelId() != null && link.span().isDated()
                    && anchors.node(link.fromId()) != null && anchors.node(link.toId()) != null) {
                Set<String> those = lanes.computeIfAbsent(link.channelId(), k -> new TreeSet<>());
                those.add(anchors.laneOfParty(link.fromId()));
                those.add(anchors.laneOfParty(link.toId()));
            }
        }
        return lanes;
    }

    private static boolean placeNode(GraphNode node, LaneAnchors anchors, Set<String> spokeThrough, List<Pending> pending) {
        DayRange when = when(node.span());
        Set<String> lanes = spokeThrough.isEmpty() ? anchors.lanesOf(node.id()) : spokeThrough;
        if (when == null || lanes.isEmpty()) {
            return false;
        }
        if (node.kind() == NodeKind.CHANNEL) {
            boolean open = node.span().end() == null;
            for (String lane : lanes) {
                pending.add(new Pending(new ChartBar(node.id(), -1, 0, when, open, node.channelType(), node.secrecy(), node.name()),
                        List.of(lane)));
            }
            // One join for the ordering, however many lanes the channel is drawn on.
            pending.add(new Pending(CHANNEL_WEIGHT, List.copyOf(lanes)));
        } else if (lanes.size() > MAX_MARKER_LANES) {
            // An event everyone took part in says nothing on each lane: it goes on the first few, and says how many more.
            List<String> first = lanes.stream().limit(MAX_MARKER_LANES).toList();
            String label = node.name() + " (and " + (lanes.size() - MAX_MARKER_LANES) + " more lanes)";
            pending.add(new Pending(new ChartMarker(node.id(), node.kind(), label, List.of(), when), first));
        } else {
            pending.add(new Pending(new ChartMarker(node.id(), node.kind(), node.name(), List.of(), when), List.copyOf(lanes)));
        }
        return true;
    }

    /** The days to draw: the whole span when it is closed, its start when it runs on, null when undated. */
    private static DayRange when(org.backchannel.model.TimeSpan span) {
        if (span == null || !span.isDated()) {
            return null;
        }
        DayRange closed = DayRange.closed(span);
        return closed != null ? closed : DayRange.start(span);
    }

    private static TimelineChart assemble(List<Pending> pending, LaneAnchors anchors, int undated) {
        Map<String, Long> firstDay = new LinkedHashMap<>();
        List<DayRange> moments = new ArrayList<>();
        for (Pending p : pending) {
            DayRange when = whenOf(p.item());
            if (when != null) {
                p.lanes().forEach(lane -> firstDay.merge(lane, when.from(), Math::min));
                moments.add(when);
                if (p.item() instanceof ChartBar bar && !bar.open() && bar.when().days() > 366) {
                    // A long bar's start and end are moments of their own, not its whole length.
                    moments.remove(moments.size() - 1);
                    moments.add(new DayRange(bar.when().from(), Math.min(bar.when().to(), bar.when().from() + 366)));
                    moments.add(new DayRange(Math.max(bar.when().from(), bar.when().to() - 366), bar.when().to()));
                }
            }
        }
        List<String> ids = new ArrayList<>(firstDay.keySet());
        ids.sort(Comparator.comparingLong((String id) -> firstDay.get(id))
                .thenComparing(id -> anchors.node(id).name()).thenComparing(id -> id));
        Map<String, Integer> start = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            start.put(ids.get(i), i);
        }
        int[] order = LaneOrder.order(ids.size(), joins(pending, start));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < order.length; i++) {
            index.put(ids.get(order[i]), i);
        }
        List<ChartBar> bars = new ArrayList<>();
        List<ChartExchange> exchanges = new ArrayList<>();
        List<ChartMarker> markers = new ArrayList<>();
        for (Pending p : pending) {
            if (p.item() instanceof ChartExchange e) {
                exchanges.add(new ChartExchange(e.linkId(), index.get(p.lanes().get(0)), index.get(p.lanes().get(1)), e.when(),
                        e.channelType(), e.secrecy(), e.mutual()));
            } else if (p.item() instanceof ChartBar b) {
                bars.add(new ChartBar(b.id(), index.get(p.lanes().get(0)), 0, b.when(), b.open(), b.channelType(), b.secrecy(), b.label()));
            } else if (p.item() instanceof ChartMarker m) {
                markers.add(new ChartMarker(m.nodeId(), m.kind(), m.label(), p.lanes().stream().map(index::get).sorted().toList(), m.when()));
            }
        }
        int[] rows = new int[order.length];
        bars = BarRows.stack(bars, rows);
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < order.length; i++) {
            GraphNode node = anchors.node(ids.get(order[i]));
            lanes.add(new Lane(node.id(), node.name(), node.kind(), rows[i]));
        }
        exchanges.sort(Comparator.comparingLong((ChartExchange e) -> e.when().from()).thenComparing(ChartExchange::linkId));
        markers.sort(Comparator.comparingLong((ChartMarker m) -> m.when().from()).thenComparing(ChartMarker::nodeId));
        return new TimelineChart(lanes, bars, exchanges, markers, TimeScale.of(moments), undated);
    }

    private static DayRange whenOf(Object item) {
        if (item instanceof ChartExchange e) {
            return e.when();
        }
        if (item instanceof ChartBar b) {
            return b.when();
        }
        if (item instanceof ChartMarker m) {
            return m.when();
        }
        return null;
    }

    /** The joins between lanes that the ordering should keep short. */
    private static List<double[]> joins(List<Pending> pending, Map<String, Integer> start) {
        List<double[]> pairs = new ArrayList<>();
        for (Pending p : pending) {
            double weight = p.item() instanceof ChartExchange ? EXCHANGE_WEIGHT
                    : p.item() instanceof ChartMarker ? EVENT_WEIGHT
                    : p.item() instanceof Double w ? w : 0;
            List<String> lanes = p.lanes();
            if (weight == 0 || lanes.size() < 2) {
                continue;
            }
            if (lanes.size() <= MAX_PAIRED_LANES) {
                for (int i = 0; i < lanes.size(); i++) {
                    for (int j = i + 1; j < lanes.size(); j++) {
                        pairs.add(new double[] {start.get(lanes.get(i)), start.get(lanes.get(j)), weight});
                    }
                }
            } else {
                for (int j = 1; j < lanes.size(); j++) {
                    pairs.add(new double[] {start.get(lanes.get(0)), start.get(lanes.get(j)), weight});
                }
            }
        }
        return pairs;
    }
}
