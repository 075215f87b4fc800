package org.backchannel.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Works out the years every node and link belongs to, so that an era filter can place things the
 * source gives no date for. A node without dates takes the union of its dated links, or failing that
 * of its dated neighbours (Nixon from his office, the United States from the channels it is a side
 * of). A link without dates takes the years of its channel or of the more specific endpoint.
 */
public final class EraDerivation {

    private final Map<String, YearRange> nodeYears;
    private final Map<String, YearRange> linkYears;

    private EraDerivation(int nodes, int links) {
        nodeYears = new HashMap<>(2 * nodes);
        linkYears = new HashMap<>(2 * links);
    }

    public static EraDerivation of(List<GraphNode> nodes, List<GraphLink> links) {
        EraDerivation derivation = new EraDerivation(nodes.size(), links.size());
        InOrder years = inOrder(nodes, links);
        for (int i = 0; i < nodes.size(); i++) {
            if (years.nodes()[i] != null) {
                derivation.nodeYears.put(nodes.get(i).id(), years.nodes()[i]);
            }
        }
        for (int e = 0; e < links.size(); e++) {
            if (years.links()[e] != null) {
                derivation.linkYears.put(links.get(e).id(), years.links()[e]);
            }
        }
        return derivation;
    }

    public Optional<YearRange> nodeYears(String nodeId) {
        return Optional.ofNullable(nodeYears.get(nodeId));
    }

    public Optional<YearRange> linkYears(String linkId) {
        return Optional.ofNullable(linkYears.get(linkId));
    }

    /**
     * The years of each node and link, at their positions in the lists given; null where there are none.
     *
     * @param nodes the nodes' years, in the order of the nodes given
     * @param links the links' years, in the order of the links given
     */
    public record InOrder(YearRange[] nodes, YearRange[] links) {
    }

    /**
     * The years by position rather than in maps keyed by id: a client holding half a million links keeps them
     * as numbers beside its own numbering (two maps by id took about 20 MB there).
     */
    public static InOrder inOrder(List<GraphNode> nodes, List<GraphLink> links) {
        Map<String, Integer> numbers = new HashMap<>(2 * nodes.size());
        YearRange[] own = new YearRange[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            numbers.put(nodes.get(i).id(), i);
            own[i] = nodes.get(i).span().years().orElse(null);
        }
        int[] froms = new int[links.size()];
        int[] tos = new int[links.size()];
        int[] channels = new int[links.size()];
        YearRange[] linkYears = new YearRange[links.size()];
        for (int e = 0; e < links.size(); e++) {
            GraphLink link = links.get(e);
            froms[e] = numbers.getOrDefault(link.fromId(), -1);
            tos[e] = numbers.getOrDefault(link.toId(), -1);
            linkYears[e] = link.span().years().orElse(null);
            // Only an undated link asks for its channel's years.
            channels[e] = linkYears[e] != null || link.channelId() == null ? -1 : numbers.getOrDefault(link.channelId(), -1);
        }
        return inOrder(own, froms, tos, channels, linkYears);
    }

    /**
     * The same over numbers: nodes and links by place, each link's ends and channel as places of nodes (-1 where that
     * node is not among them). A client that already holds its links as numbers derives the years without an id.
     *
     * @param own      each node's own years, null where it has none
     * @param linkYears each link's own years, null where it has none; filled in where they are derived
     */
    public static InOrder inOrder(YearRange[] own, int[] froms, int[] tos, int[] channels, YearRange[] linkYears) {
        int n = own.length;
        YearRange[] fromLinks = new YearRange[n];
        YearRange[] fromNeighbours = new YearRange[n];
        for (int e = 0; e < linkYears.length; e++) {
            int from = froms[e];
            int to = tos[e];
            YearRange years = linkYears[e];
            if (years != null) {
                union(fromLinks, from, years);
                union(fromLinks, to, years);
            }
            if (from >= 0 && to >= 0) {
                union(fromNeighbours, from, own[to]);
                union(fromNeighbours, to, own[from]);
            }
        }
        YearRange[] nodeYears = new YearRange[n];
        for (int i = 0; i < n; i++) {
            nodeYears[i] = firstPresent(own[i], fromLinks[i], fromNeighbours[i]);
        }
        for (int e = 0; e < linkYears.length; e++) {
            if (linkYears[e] == null) {
                int channel = channels[e];
                linkYears[e] = firstPresent(channel < 0 ? null : own[channel], tos[e] < 0 ? null : own[tos[e]],
                        froms[e] < 0 ? null : own[froms[e]]);
            }
        }
        return new InOrder(nodeYears, linkYears);
    }

    private static void union(YearRange[] ranges, int at, YearRange years) {
        if (at >= 0 && years != null) {
            ranges[at] = ranges[at] == null ? years : ranges[at].union(years);
        }
    }

    /** The first that is not null, or null: no array or Optional, as it runs for every node and undated link. */
    private static YearRange firstPresent(YearRange first, YearRange second, YearRange third) {
        return first != null ? first : second != null ? second : third;
    }
}
