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
        derivation.derive(nodes, links);
        return derivation;
    }

    public Optional<YearRange> nodeYears(String nodeId) {
        return Optional.ofNullable(nodeYears.get(nodeId));
    }

    public Optional<YearRange> linkYears(String linkId) {
        return Optional.ofNullable(linkYears.get(linkId));
    }

    /**
     * Over numbered arrays rather than maps keyed by id: a loaded graph can have half a million
     * links, and each one touches both its ends.
     */
    private void derive(List<GraphNode> nodes, List<GraphLink> links) {
        Map<String, Integer> numbers = new HashMap<>(2 * nodes.size());
        YearRange[] own = new YearRange[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            numbers.put(nodes.get(i).id(), i);
            own[i] = nodes.get(i).span().years().orElse(null);
        }
        YearRange[] fromLinks = new YearRange[nodes.size()];
        YearRange[] fromNeighbours = new YearRange[nodes.size()];
        YearRange[] linkOwn = new YearRange[links.size()];
        int[] froms = new int[links.size()];
        int[] tos = new int[links.size()];
        for (int e = 0; e < links.size(); e++) {
            GraphLink link = links.get(e);
            int from = numbers.getOrDefault(link.fromId(), -1);
            int to = numbers.getOrDefault(link.toId(), -1);
            froms[e] = from;
            tos[e] = to;
            YearRange years = link.span().years().orElse(null);
            linkOwn[e] = years;
            if (years != null) {
                union(fromLinks, from, years);
                union(fromLinks, to, years);
            }
            if (from >= 0 && to >= 0) {
                union(fromNeighbours, from, own[to]);
                union(fromNeighbours, to, own[from]);
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            String id = nodes.get(i).id();
            firstPresent(own[i], fromLinks[i], fromNeighbours[i]).ifPresent(y -> nodeYears.put(id, y));
        }
        for (int e = 0; e < links.size(); e++) {
            GraphLink link = links.get(e);
            YearRange years = linkOwn[e];
            if (years == null) {
                int channel = link.channelId() == null ? -1 : numbers.getOrDefault(link.channelId(), -1);
                years = firstPresent(channel < 0 ? null : own[channel], tos[e] < 0 ? null : own[tos[e]],
                        froms[e] < 0 ? null : own[froms[e]]).orElse(null);
            }
            if (years != null) {
                linkYears.put(link.id(), years);
            }
        }
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
