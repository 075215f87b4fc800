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

    private final Map<String, YearRange> nodeYears = new HashMap<>();
    private final Map<String, YearRange> linkYears = new HashMap<>();

    private EraDerivation() {
    }

    public static EraDerivation of(List<GraphNode> nodes, List<GraphLink> links) {
        EraDerivation derivation = new EraDerivation();
        derivation.derive(nodes, links);
        return derivation;
    }

    public Optional<YearRange> nodeYears(String nodeId) {
        return Optional.ofNullable(nodeYears.get(nodeId));
    }

    public Optional<YearRange> linkYears(String linkId) {
        return Optional.ofNullable(linkYears.get(linkId));
    }

    private void derive(List<GraphNode> nodes, List<GraphLink> links) {
        Map<String, YearRange> own = new HashMap<>();
        for (GraphNode node : nodes) {
            node.span().years().ifPresent(y -> own.put(node.id(), y));
        }
        Map<String, YearRange> fromLinks = new HashMap<>();
        Map<String, YearRange> fromNeighbours = new HashMap<>();
        for (GraphLink link : links) {
            link.span().years().ifPresent(y -> {
                fromLinks.merge(link.fromId(), y, YearRange::union);
                fromLinks.merge(link.toId(), y, YearRange::union);
            });
            Optional.ofNullable(own.get(link.toId())).ifPresent(y -> fromNeighbours.merge(link.fromId(), y, YearRange::union));
            Optional.ofNullable(own.get(link.fromId())).ifPresent(y -> fromNeighbours.merge(link.toId(), y, YearRange::union));
        }
        for (GraphNode node : nodes) {
            firstPresent(own.get(node.id()), fromLinks.get(node.id()), fromNeighbours.get(node.id()))
                    .ifPresent(y -> nodeYears.put(node.id(), y));
        }
        for (GraphLink link : links) {
            Optional<YearRange> years = link.span().years();
            if (years.isEmpty()) {
                years = firstPresent(
                        link.channelId() == null ? null : own.get(link.channelId()),
                        own.get(link.toId()),
                        own.get(link.fromId()));
            }
            years.ifPresent(y -> linkYears.put(link.id(), y));
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
