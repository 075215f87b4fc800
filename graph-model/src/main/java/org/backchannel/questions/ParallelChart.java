package org.backchannel.questions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.NodeKind;
import org.backchannel.model.PartialDate;
import org.backchannel.model.TimeSpan;
import org.backchannel.model.YearRange;
import org.backchannel.render.timeline.ChartBar;
import org.backchannel.render.timeline.ChartExchange;
import org.backchannel.render.timeline.ChartFlag;
import org.backchannel.render.timeline.DayRange;
import org.backchannel.render.timeline.Lane;
import org.backchannel.render.timeline.LaneGroup;
import org.backchannel.render.timeline.TimeScale;
import org.backchannel.render.timeline.TimelineChart;

/**
 * A parallel-channels answer as a timeline chart, painted by the timeline's own painter: a lane per channel
 * in the answer's order, under a heading per tier (front, back); each channel's span as a bar named with who
 * took part, its exchanges on its lane, and each flag as a band over the lanes and period it concerns. A
 * channel or exchange without a date has no place on the axis: {@link #undated} names them, for the caption.
 * Asked about an era, the axis covers the era: what ran on before or after it is cut at its edges (a bar
 * that runs on past the era ends in an arrow), and the bar's name still gives its whole span.
 */
public final class ParallelChart {

    /** Long bars count as their two ends, so that the axis may cut the empty years inside them (as the timeline does). */
    private static final long END_DAYS = 366;

    private ParallelChart() {
    }

    public static TimelineChart of(ParallelAnswer answer) {
        return of(answer, null);
    }

    /** @param era the years the question was asked about, or null for all time */
    public static TimelineChart of(ParallelAnswer answer, YearRange era) {
        DayRange window = era == null ? null
                : DayRange.closed(new TimeSpan(PartialDate.ofYear(era.from()), PartialDate.ofYear(era.to())));
        List<Lane> lanes = new ArrayList<>();
        List<LaneGroup> groups = new ArrayList<>();
        List<ChartBar> bars = new ArrayList<>();
        List<ChartExchange> exchanges = new ArrayList<>();
        List<DayRange> moments = new ArrayList<>();
        Map<String, Integer> laneOf = new HashMap<>();
        Map<String, DayRange> spans = new HashMap<>();
        Tier tier = null;
        for (ChannelRow row : answer.channels()) {
            if (row.tier() != tier) {
                tier = row.tier();
                groups.add(new LaneGroup(heading(tier, answer), lanes.size()));
            }
            GraphNode channel = row.channel();
            int lane = lanes.size();
            laneOf.put(channel.id(), lane);
            lanes.add(new Lane(channel.id(), channel.name(), NodeKind.CHANNEL, 1));
            DayRange drawn = when(row.span());
            boolean runsOn = row.span().end() == null;
            // An open span is its start day until the era cuts it: then it is everything from its start.
            DayRange whole = drawn == null || !runsOn ? drawn : new DayRange(drawn.from(), Long.MAX_VALUE);
            DayRange when = window == null ? drawn : clip(whole, window);
            if (when != null) {
                boolean open = runsOn || (window != null && whole.to() > window.to());
                bars.add(new ChartBar(channel.id(), lane, 0, when, open, channel.channelType(), channel.secrecy(), barLabel(row)));
                spans.put(channel.id(), whole);
                moments.add(new DayRange(when.from(), Math.min(when.to(), when.from() + END_DAYS)));
                moments.add(new DayRange(Math.max(when.from(), when.to() - END_DAYS), when.to()));
            }
            for (GraphLink exchange : row.exchanges()) {
                DayRange at = clip(when(exchange.span()), window);
                if (at == null) {
                    continue;
                }
                exchanges.add(new ChartExchange(exchange.id(), lane, lane, at, channel.channelType(), channel.secrecy()));
                moments.add(at);
            }
        }
        long lastDay = moments.stream().mapToLong(DayRange::to).max().orElse(0);
        List<ChartFlag> flags = new ArrayList<>();
        for (ChannelFlag flag : answer.flags()) {
            ChartFlag drawn = flag(flag, laneOf, spans, lastDay);
            DayRange at = drawn == null ? null : clip(drawn.when(), window);
            if (at != null) {
                flags.add(new ChartFlag(drawn.label(), drawn.lanes(), at));
            }
        }
        return new TimelineChart(lanes, bars, exchanges, List.of(), TimeScale.of(moments), 0, groups, flags);
    }

    /** What the chart cannot place on its axis, in words: "Official channels (no dates)", "1 exchange through X (no date)". */
    public static List<String> undated(ParallelAnswer answer) {
        List<String> undated = new ArrayList<>();
        for (ChannelRow row : answer.channels()) {
            if (when(row.span()) == null) {
                undated.add(row.channel().name() + " (no dates)");
            }
            long exchanges = row.exchanges().stream().filter(e -> when(e.span()) == null).count();
            if (exchanges > 0) {
                undated.add(exchanges + (exchanges == 1 ? " exchange" : " exchanges") + " through " + row.channel().name() + " (no date)");
            }
        }
        return undated;
    }

    private static String heading(Tier tier, ParallelAnswer answer) {
        long count = answer.channels().stream().filter(r -> r.tier() == tier).count();
        String what = switch (tier) {
            case FRONT -> "Front channels: public or acknowledged";
            case BACK -> "Back channels: deniable or secret";
            case UNKNOWN -> "Channels whose secrecy the data does not give";
        };
        return what + " (" + count + ")";
    }

    /** "1969–1986 · Henry Kissinger, Anatoly Dobrynin, Richard Nixon": the lane already names the channel. */
    private static String barLabel(ChannelRow row) {
        String who = row.participants().isEmpty() ? "no participants named"
                : row.participants().stream().map(GraphNode::name).collect(Collectors.joining(", "));
        return row.span() + (row.spanFromExchanges() ? " (from its exchanges)" : "") + " \u00b7 " + who;
    }

    /**
     * A parallel flag over the years its back channel overlaps the front ones, across their lanes; a bypass over
     * its exchange, on the back channel's lane. Null when the flag's channels or dates are not drawn.
     */
    private static ChartFlag flag(ChannelFlag flag, Map<String, Integer> laneOf, Map<String, DayRange> spans, long lastDay) {
        List<Integer> lanes = flag.nodes().stream().map(n -> laneOf.get(n.id())).filter(l -> l != null).sorted().distinct().toList();
        if (lanes.isEmpty()) {
            return null;
        }
        String possibly = flag.certain() ? "" : "possible ";
        if (flag.kind() == ChannelFlag.Kind.BYPASS) {
            DayRange at = flag.links().isEmpty() ? null : when(flag.links().get(0).span());
            String who = flag.nodes().size() > 1 ? ": " + flag.nodes().get(1).name() : "";
            return at == null ? null : new ChartFlag(possibly + "bypass" + who, lanes, at);
        }
        DayRange back = spans.get(flag.nodes().get(0).id());
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (GraphNode front : flag.nodes().subList(1, flag.nodes().size())) {
            DayRange other = spans.get(front.id());
            if (back != null && other != null && Math.max(back.from(), other.from()) <= Math.min(back.to(), other.to())) {
                from = Math.min(from, Math.max(back.from(), other.from()));
                to = Math.max(to, Math.min(back.to(), other.to()));
            }
        }
        return from > to ? null : new ChartFlag(possibly + "parallel", lanes, new DayRange(from, Math.min(to, Math.max(from, lastDay))));
    }

    /** The part of {@code days} inside the window (all of it without one); null when none is. */
    private static DayRange clip(DayRange days, DayRange window) {
        if (days == null || window == null) {
            return days;
        }
        long from = Math.max(days.from(), window.from());
        long to = Math.min(days.to(), window.to());
        return from > to ? null : new DayRange(from, to);
    }

    /** The days to draw: the whole span when closed, its start when it runs on, null when undated. */
    private static DayRange when(TimeSpan span) {
        if (span == null || !span.isDated()) {
            return null;
        }
        DayRange closed = DayRange.closed(span);
        return closed != null ? closed : DayRange.start(span);
    }
}
