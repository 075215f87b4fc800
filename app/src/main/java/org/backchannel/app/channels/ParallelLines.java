package org.backchannel.app.channels;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.answers.Quotes;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.YearRange;
import org.backchannel.questions.ChannelFlag;
import org.backchannel.questions.ChannelRow;
import org.backchannel.questions.ParallelAnswer;
import org.backchannel.questions.Tier;
import org.backchannel.store.GraphStore;

/**
 * A parallel-channels answer in the panel's words, built in the background with the quotes it shows:
 * a line per channel on one axis, a line per flag, and what the data cannot say.
 */
record ParallelLines(ParallelAnswer answer, YearAxis axis, List<ChannelLine> channels, List<FlagLine> flags) {

    static ParallelLines of(LoadedGraph graph, ParallelAnswer answer, YearRange era, GraphStore store) {
        Set<GraphNode> nodes = new LinkedHashSet<>();
        Set<GraphLink> links = new LinkedHashSet<>();
        // The flags' evidence first: when an answer names more than the quotes fetched, the flags keep theirs.
        for (ChannelFlag flag : answer.flags()) {
            nodes.addAll(flag.nodes());
            links.addAll(flag.links());
        }
        for (ChannelRow row : answer.channels()) {
            links.addAll(row.exchanges());
            links.addAll(row.ties());
        }
        Quotes quotes = Quotes.fetch(store, nodes, links);
        YearAxis axis = YearAxis.over(answer.channels().stream().map(ChannelRow::span).toList(), era);
        List<ChannelLine> channels = answer.channels().stream().map(row -> line(graph, row, axis, quotes)).toList();
        List<FlagLine> flags = answer.flags().stream().map(flag -> line(graph, flag, quotes)).toList();
        return new ParallelLines(answer, axis, channels, flags);
    }

    /** The sentence above the table: how many channels of each tier, how many flags, or that none connects the parties. */
    String summary() {
        String between = answer.first().name() + " and " + answer.second().name();
        if (channels.isEmpty()) {
            return "No channel connects " + between + " in the scene under the current filters.";
        }
        long back = answer.channels().stream().filter(row -> row.tier() == Tier.BACK).count();
        return channels.size() + " channels between " + between + " (" + back + " back, " + (channels.size() - back)
                + " front or untold); " + flags.size() + " flags.";
    }

    private static ChannelLine line(LoadedGraph graph, ChannelRow row, YearAxis axis, Quotes quotes) {
        GraphNode channel = row.channel();
        Set<String> ids = new LinkedHashSet<>();
        ids.add(channel.id());
        row.participants().forEach(p -> ids.add(p.id()));
        Stream.concat(row.exchanges().stream(), row.ties().stream()).forEach(l -> {
            ids.add(l.id());
            ids.add(l.fromId());
            ids.add(l.toId());
        });
        List<String> evidence = new ArrayList<>();
        evidence.add(channel.name() + " — " + tier(row) + ", " + row.span() + (row.spanFromExchanges() ? " (from its exchanges)" : ""));
        for (GraphLink tie : row.ties()) {
            if (!row.exchanges().contains(tie)) {
                evidence.add(describe(graph, tie));
                quotes.lines(tie.id()).forEach(q -> evidence.add("    " + q));
            }
        }
        for (GraphLink exchange : row.exchanges()) {
            evidence.add(describe(graph, exchange));
            quotes.lines(exchange.id()).forEach(q -> evidence.add("    " + q));
        }
        String participants = row.participants().stream().map(GraphNode::name).collect(Collectors.joining(", "));
        return new ChannelLine(tier(row), channel.id(), channel.name(), channel.channelType() == null ? "" : channel.channelType().code(),
                channel.secrecy() == null ? "not given" : channel.secrecy().code(),
                row.span() + (row.spanFromExchanges() ? " (exchanges)" : ""), axis.bar(row.span()),
                participants.isEmpty() ? "none named" : participants, row.exchanges().size(), ids, evidence);
    }

    private static FlagLine line(LoadedGraph graph, ChannelFlag flag, Quotes quotes) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> evidence = new ArrayList<>();
        evidence.add(flag.summary());
        for (GraphNode node : flag.nodes()) {
            ids.add(node.id());
            List<String> lines = quotes.lines(node.id());
            if (!lines.isEmpty()) {
                evidence.add(node.name() + ":");
                lines.forEach(q -> evidence.add("    " + q));
            }
        }
        for (GraphLink link : flag.links()) {
            ids.add(link.id());
            ids.add(link.fromId());
            ids.add(link.toId());
            evidence.add(describe(graph, link));
            quotes.lines(link.id()).forEach(q -> evidence.add("    " + q));
        }
        String kind = switch (flag.kind()) {
            case PARALLEL -> "Parallel";
            case BYPASS -> "Bypass";
        };
        return new FlagLine(flag.certain() ? kind : kind + " (possible)", flag.summary(), ids, evidence);
    }

    private static String tier(ChannelRow row) {
        return switch (row.tier()) {
            case FRONT -> "front";
            case BACK -> "back";
            case UNKNOWN -> "secrecy not given";
        };
    }

    /** "exchange 1970-10: Henry Kissinger — Anatoly Dobrynin", "connects United States". */
    static String describe(LoadedGraph graph, GraphLink link) {
        String when = link.span().isDated() ? " " + link.span() : "";
        return link.typeName() + when + ": " + name(graph, link.fromId()) + " — " + name(graph, link.toId())
                + (link.role() == null ? "" : " (" + link.role() + ")");
    }

    private static String name(LoadedGraph graph, String id) {
        return graph.node(id).map(GraphNode::name).orElse(id);
    }

    /** The parties a channel connects, in the order of its links. */
    static List<GraphNode> partiesOf(LoadedGraph graph, String channelId) {
        return graph.linksOf(channelId).stream()
                .filter(l -> l.type() == LinkType.CONNECTS && l.fromId().equals(channelId))
                .map(l -> graph.node(l.toId())).flatMap(java.util.Optional::stream).distinct().toList();
    }
}
