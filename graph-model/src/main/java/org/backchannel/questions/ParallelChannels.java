package org.backchannel.questions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.PartialDate;
import org.backchannel.model.TimeSpan;
import org.backchannel.store.GraphFilter;

/**
 * Every channel between two parties (two actors, or two organizations, whose members' channels then
 * count too; see {@link PartyMembers}), grouped by tier, with the flags the article's lessons ask about
 * and that the data supports. A channel connects a side when it {@code connects} to a member, a member
 * {@code participates-in} it, or a member exchanged through it. The filter picks the channels and the
 * exchanges (a channel of the era, exchanges of the era); who a channel connects is not a matter of
 * era, so those links count whatever their derived years, and so do the parties, shown or not.
 */
public final class ParallelChannels {

    /** Said with every answer: the format cannot hold a change of secrecy. */
    static final String NO_HAND_OVER = "The dataset records one secrecy per channel and no date on which it changed,"
            + " so no hand-over from secret to acknowledged can be shown.";

    private ParallelChannels() {
    }

    public static ParallelAnswer between(LoadedGraph graph, GraphFilter filter, String firstId, String secondId) {
        GraphNode first = graph.node(firstId).orElseThrow(() -> new IllegalArgumentException("no node has the id \"" + firstId + "\""));
        GraphNode second = graph.node(secondId).orElseThrow(() -> new IllegalArgumentException("no node has the id \"" + secondId + "\""));
        VisibleGraph visible = VisibleGraph.of(graph, filter);
        Set<String> firstMembers = PartyMembers.of(graph, firstId);
        Set<String> secondMembers = PartyMembers.of(graph, secondId);
        Map<String, List<GraphLink>> exchangesByChannel = new HashMap<>();
        for (GraphLink link : graph.links()) {
            if (link.type() == LinkType.SPOKE_WITH && link.channelId() != null && visible.linkIds().contains(link.id())) {
                exchangesByChannel.computeIfAbsent(link.channelId(), k -> new ArrayList<>()).add(link);
            }
        }
        List<ChannelRow> rows = new ArrayList<>();
        for (GraphNode channel : graph.nodes()) {
            if (channel.kind() != NodeKind.CHANNEL || !visible.nodeIds().contains(channel.id())) {
                continue;
            }
            List<GraphLink> exchanges = exchangesByChannel.getOrDefault(channel.id(), List.of());
            List<GraphLink> firstTies = ties(graph, channel, exchanges, firstMembers);
            List<GraphLink> secondTies = ties(graph, channel, exchanges, secondMembers);
            if (!firstTies.isEmpty() && !secondTies.isEmpty()) {
                Set<GraphLink> allTies = new LinkedHashSet<>(firstTies);
                allTies.addAll(secondTies);
                rows.add(row(graph, channel, exchanges, List.copyOf(allTies)));
            }
        }
        rows.sort(Comparator.comparing(ChannelRow::tier)
                .thenComparing(r -> DateWindow.of(r.span()).map(DateWindow::earliest).orElse(DateWindow.OPEN_END))
                .thenComparing(r -> r.channel().name()));
        List<ChannelFlag> flags = new ArrayList<>(ParallelFlags.of(rows, filter.years()));
        List<String> limits = new ArrayList<>();
        BypassFlags bypass = new BypassFlags(graph, flags, limits);
        bypass.findFor(first, firstMembers, rows);
        bypass.findFor(second, secondMembers, rows);
        limits.add(NO_HAND_OVER);
        return new ParallelAnswer(first, second, rows, flags, limits);
    }

    private static List<GraphLink> ties(LoadedGraph graph, GraphNode channel, List<GraphLink> exchanges,
                                        Set<String> members) {
        List<GraphLink> ties = new ArrayList<>();
        for (GraphLink link : graph.linksOf(channel.id())) {
            boolean tying = (link.type() == LinkType.CONNECTS && members.contains(link.toId()))
                    || (link.type() == LinkType.PARTICIPATES_IN && members.contains(link.fromId()));
            if (tying) {
                ties.add(link);
            }
        }
        exchanges.stream().filter(e -> members.contains(e.fromId()) || members.contains(e.toId())).forEach(ties::add);
        return ties;
    }

    private static ChannelRow row(LoadedGraph graph, GraphNode channel, List<GraphLink> exchanges,
                                  List<GraphLink> ties) {
        Set<String> participantIds = new LinkedHashSet<>();
        graph.linksOf(channel.id()).stream()
                .filter(l -> l.type() == LinkType.PARTICIPATES_IN)
                .forEach(l -> participantIds.add(l.fromId()));
        exchanges.forEach(e -> {
            participantIds.add(e.fromId());
            participantIds.add(e.toId());
        });
        List<GraphNode> participants = participantIds.stream().map(graph::node).flatMap(Optional::stream).toList();
        boolean fromExchanges = !channel.span().isDated();
        TimeSpan span = fromExchanges ? spanOf(exchanges) : channel.span();
        return new ChannelRow(channel, Tier.of(channel.secrecy()), participants, span, fromExchanges && span.isDated(),
                exchanges, ties);
    }

    /** From the earliest start to the latest end of the dated exchanges; undated when none is. */
    private static TimeSpan spanOf(List<GraphLink> exchanges) {
        PartialDate start = null;
        PartialDate end = null;
        for (GraphLink exchange : exchanges) {
            TimeSpan s = exchange.span();
            PartialDate from = s.start() != null ? s.start() : s.end();
            PartialDate to = s.end() != null ? s.end() : s.start();
            if (from != null && (start == null || from.compareTo(start) < 0)) {
                start = from;
            }
            if (to != null && (end == null || to.latest().isAfter(end.latest()))) {
                end = to;
            }
        }
        return new TimeSpan(start, end);
    }
}
