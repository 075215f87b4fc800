package org.backchannel.questions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.TimeSpan;
import org.backchannel.model.YearRange;

/**
 * The parallel flags: one per back channel, naming every front channel whose dates overlap its own (and
 * the era, if one is chosen). Between two hubs of a large store that is every back channel against every
 * front one, so each channel's dates are turned into day numbers once and the pairs compare numbers.
 */
final class ParallelFlags {

    /**
     * A flag's text names this many front channels, and its links are their ties; its nodes hold them all
     * (the rows hold every tie). A quadratic pile of links would help no reader.
     */
    static final int NAMED_IN_SUMMARY = 5;

    /** A row's span as days: the first and last it may mean, the latest it may start, the earliest it may end. */
    private record Days(ChannelRow row, long earliest, long latest, long latestStart, long earliestEnd) {

        static Days of(ChannelRow row) {
            TimeSpan span = row.span();
            DateWindow window = DateWindow.of(span).orElseThrow();
            LocalDate latestStart = (span.start() != null ? span.start() : span.end()).latest();
            LocalDate earliestEnd = span.end() != null ? span.end().earliest() : DateWindow.OPEN_END;
            return new Days(row, window.earliest().toEpochDay(), window.latest().toEpochDay(), latestStart.toEpochDay(),
                    earliestEnd.toEpochDay());
        }
    }

    private ParallelFlags() {
    }

    static List<ChannelFlag> of(List<ChannelRow> rows, YearRange era) {
        long eraStart = era == null ? Long.MIN_VALUE : LocalDate.of(era.from(), 1, 1).toEpochDay();
        long eraEnd = era == null ? Long.MAX_VALUE : LocalDate.of(era.to(), 12, 31).toEpochDay();
        List<Days> fronts = rows.stream().filter(r -> r.tier() == Tier.FRONT && r.span().isDated()).map(Days::of).toList();
        List<ChannelFlag> flags = new ArrayList<>();
        for (ChannelRow backRow : rows) {
            if (backRow.tier() != Tier.BACK || !backRow.span().isDated()) {
                continue;
            }
            Days back = Days.of(backRow);
            List<String> alongside = new ArrayList<>();
            List<GraphNode> nodes = new ArrayList<>(List.of(backRow.channel()));
            List<GraphLink> evidence = new ArrayList<>(backRow.ties());
            boolean anyCertain = false;
            for (Days front : fronts) {
                long from = Math.max(back.earliest, front.earliest);
                long to = Math.min(back.latest, front.latest);
                if (from > to || from > eraEnd || to < eraStart) {
                    continue;
                }
                boolean certain = Math.max(back.latestStart, front.latestStart) <= Math.min(back.earliestEnd, front.earliestEnd);
                anyCertain |= certain;
                if (alongside.size() < NAMED_IN_SUMMARY) {
                    GraphNode channel = front.row.channel();
                    alongside.add((certain ? "" : "possibly ") + channel.name() + " (" + channel.secrecy().code() + ", "
                            + front.row.span() + ") in " + Overlap.of(backRow.span(), front.row.span()).orElseThrow());
                    evidence.addAll(front.row.ties());
                }
                nodes.add(front.row.channel());
            }
            if (nodes.size() > 1) {
                int unnamed = nodes.size() - 1 - alongside.size();
                String summary = backRow.channel().name() + " (" + backRow.channel().secrecy().code() + ", " + backRow.span()
                        + ") ran alongside " + String.join("; ", alongside)
                        + (unnamed > 0 ? "; and " + unnamed + " more front channels" : "") + ".";
                flags.add(new ChannelFlag(ChannelFlag.Kind.PARALLEL, summary, anyCertain, nodes, evidence));
            }
        }
        return flags;
    }
}
