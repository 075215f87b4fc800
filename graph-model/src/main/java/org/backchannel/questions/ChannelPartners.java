package org.backchannel.questions;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.store.GraphFilter;

/**
 * The parties a "Channels with…" menu offers for a node: whoever a channel of the node's (or of its
 * members') also ties in, and the states and organizations those belong to, each checked by asking
 * {@link ParallelChannels} itself, so that a party is offered only when the answer has a channel. Most
 * channels first. A party the node belongs to, or that belongs to it, is no other side.
 */
public final class ChannelPartners {

    /** A party offered, with how many channels the answer between the two holds. */
    public record Partner(GraphNode party, int channels) {
    }

    private static final int CHECKED_PER_SHOWN = 3;

    private ChannelPartners() {
    }

    /** @param filter the filter the answer will be asked with, so that the counts offered are the answer's */
    public static List<Partner> of(LoadedGraph graph, GraphFilter filter, String partyId, int limit) {
        Set<String> members = PartyMembers.of(graph, partyId);
        Set<String> channels = new LinkedHashSet<>();
        for (String member : members) {
            for (GraphLink link : graph.linksOf(member)) {
                if (link.type() == LinkType.CONNECTS || link.type() == LinkType.PARTICIPATES_IN) {
                    channels.add(link.type() == LinkType.CONNECTS ? link.fromId() : link.toId());
                } else if (link.type() == LinkType.SPOKE_WITH && link.channelId() != null) {
                    channels.add(link.channelId());
                }
            }
        }
        Map<String, Integer> ties = new LinkedHashMap<>();
        for (String channel : channels) {
            for (String tied : tiedTo(graph, channel)) {
                for (String party : withWhatItBelongsTo(graph, tied)) {
                    ties.merge(party, 1, Integer::sum);
                }
            }
        }
        // Each check asks the whole question; the most tied-in candidates are checked first, and only a few more than shown.
        List<String> candidates = new ArrayList<>(ties.keySet());
        candidates.sort(Comparator.comparingInt((String c) -> ties.get(c)).reversed());
        List<Partner> partners = new ArrayList<>();
        for (String candidate : candidates.subList(0, Math.min(candidates.size(), CHECKED_PER_SHOWN * limit))) {
            GraphNode node = graph.node(candidate).orElse(null);
            boolean party = node != null && (node.kind() == NodeKind.ACTOR || node.kind() == NodeKind.ORGANIZATION);
            if (!party || members.contains(candidate) || PartyMembers.of(graph, candidate).contains(partyId)) {
                continue;
            }
            int found = ParallelChannels.between(graph, filter, partyId, candidate).channels().size();
            if (found > 0) {
                partners.add(new Partner(node, found));
            }
        }
        partners.sort(Comparator.comparingInt(Partner::channels).reversed().thenComparing(p -> p.party().name()));
        return partners.size() > limit ? List.copyOf(partners.subList(0, limit)) : List.copyOf(partners);
    }

    /** Who a channel ties in: what it connects, who takes part, who spoke through it. */
    private static Set<String> tiedTo(LoadedGraph graph, String channel) {
        Set<String> tied = new LinkedHashSet<>();
        for (GraphLink link : graph.linksOf(channel)) {
            if (link.type() == LinkType.CONNECTS && link.fromId().equals(channel)) {
                tied.add(link.toId());
            } else if (link.type() == LinkType.PARTICIPATES_IN && link.toId().equals(channel)) {
                tied.add(link.fromId());
            }
        }
        for (GraphLink link : graph.links()) {
            if (link.type() == LinkType.SPOKE_WITH && channel.equals(link.channelId())) {
                tied.add(link.fromId());
                tied.add(link.toId());
            }
        }
        return tied;
    }

    /** A node and, upwards, every office-holding or affiliation it has: Dobrynin, the embassy, the Soviet Union. */
    private static Set<String> withWhatItBelongsTo(LoadedGraph graph, String id) {
        Set<String> all = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        all.add(id);
        queue.add(id);
        while (!queue.isEmpty()) {
            String next = queue.poll();
            for (GraphLink link : graph.linksOf(next)) {
                boolean joins = link.type() == LinkType.HOLDS_OFFICE || link.type() == LinkType.AFFILIATED_WITH;
                if (joins && link.fromId().equals(next) && all.add(link.toId())) {
                    queue.add(link.toId());
                }
            }
        }
        return all;
    }
}
