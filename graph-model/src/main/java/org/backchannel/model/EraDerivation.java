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
        YearRange[] fromLinks = new YearRange[nodes.size()];
        YearRange[] fromNeighbours = new YearRange[nodes.size()];
        YearRange[] linkYears = new YearRange[links.size()];
        int[] froms = new int[links.size()];
        int[] tos = new int[links.size()];
        for (int e = 0; e < links.size(); e++) {
            GraphLink link = links.get(e);
            int from = numbers.getOrDefault(link.fromId(), -1);
            int to = numbers.getOrDefault(link.toId(), -1);
            froms[e] = from;
            tos[e] = to;
            YearRange years = link.span().years().orElse(null);
            linkYears[e] = years;
            if (years != null) {
                union(fromLinks, from, years);
                union(fromLinks, to, years);
            }
            if (from >= 0 && to >= 0) {
                union(fromNeighbours, from, own[to]);
                union(fromNeighbours, to, own[from]);
            }
        }
        YearRange[] nodeYears = new YearRange[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            nodeYears[i] = firstPresent(own[i], fromLinks[i], fromNeighbours[i]).orElse(null);
        }
        for (int e = 0; e < links.size(); e++) {
            if (linkYears[e] == null) {
                GraphLink link = links.get(e);
                int channel = link.channelId() == null ? -1 : numbers.getOrDefault(link.channelId(), -1);
                linkYears[e] = firstPresent(channel < 0 ? null : own[channel], tos[e] < 0 ? null : own[tos[e]],
                        froms[e] < 0 ? null : own[froms[e]]).orElse(null);
            }
        }
        return new InOrder(nodeYears, linkYears);
    }

    private static void union(YearRange[] ranges, int at, YearRange years) {
        if (at >= 0 && years != null) {
            ranges[at] = ranges[at] == null ? years : ranges[at].union(years);
        }
    }

    private static Optional<YearRange> firstPresent(YearRange... candidates) {
        for (YearRange candidate : candidates) {
            if (candidate != null) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
