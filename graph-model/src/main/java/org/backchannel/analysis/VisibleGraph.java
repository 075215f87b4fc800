package org.backchannel.analysis;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.YearRange;
import org.backchannel.store.GraphFilter;

/**
 * Which loaded nodes and links a filter lets through, worked out on the client so that a filter
 * change shows at once. Era: things whose own or derived years overlap the range pass; undated
 * things pass when they are linked to something of the era. Channel types: the chosen channels and
 * what lies one link from them pass; channels of other types and the links that carry their type
 * go.
 */
public record VisibleGraph(Set<String> nodeIds, Set<String> linkIds) {

    public VisibleGraph {
        nodeIds = Set.copyOf(nodeIds);
        linkIds = Set.copyOf(linkIds);
    }

    public static VisibleGraph of(LoadedGraph graph, GraphFilter filter) {
        Set<String> nodes = new LinkedHashSet<>();
        for (GraphNode node : graph.nodes()) {
            if (passesChannelType(node, filter) && passesEra(graph.nodeYears(node.id()), filter)) {
                nodes.add(node.id());
            }
        }
        if (filter.restrictsChannelTypes()) {
            nodes.retainAll(aroundChosenChannels(graph, filter, nodes));
        }
        if (filter.years() != null) {
            nodes.removeIf(id -> graph.nodeYears(id).isEmpty() && !linkedToDatedNode(graph, id, nodes));
        }
        return new VisibleGraph(nodes, linksAmong(graph, filter, nodes));
    }

    /**
     * A channel-type view shows the chosen channels and what is one link away from them: their
     * parties, the exchanges through them and their ends, their events and outcomes. The rest of the
     * store (every office, every affiliation) would bury them.
     */
    private static Set<String> aroundChosenChannels(LoadedGraph graph, GraphFilter filter, Set<String> candidates) {
        Set<String> kept = new LinkedHashSet<>();
        for (String id : candidates) {
            GraphNode node = graph.node(id).orElseThrow();
            if (node.channelType() == null) {
                continue;
            }
            kept.add(id);
            for (GraphLink link : graph.linksOf(id)) {
                String other = LoadedGraph.otherEnd(link, id);
                if (candidates.contains(other) && passesEra(graph.linkYears(link.id()), filter)) {
                    kept.add(other);
                }
            }
        }
        for (GraphLink link : graph.links()) {
            if (link.channelId() != null && kept.contains(link.channelId()) && passesEra(graph.linkYears(link.id()), filter)) {
                if (candidates.contains(link.fromId()) && candidates.contains(link.toId())) {
                    kept.add(link.fromId());
                    kept.add(link.toId());
                }
            }
        }
        return kept;
    }

    /** An undated node belongs in an era view only beside something of that era. */
    private static boolean linkedToDatedNode(LoadedGraph graph, String id, Set<String> candidates) {
        return graph.linksOf(id).stream().map(l -> LoadedGraph.otherEnd(l, id))
                .anyMatch(other -> candidates.contains(other) && graph.nodeYears(other).isPresent());
    }

    private static Set<String> linksAmong(LoadedGraph graph, GraphFilter filter, Set<String> nodes) {
        Set<String> links = new LinkedHashSet<>();
        for (GraphLink link : graph.links()) {
            if (nodes.contains(link.fromId()) && nodes.contains(link.toId())
                    && passesChannelType(link, graph, filter) && passesEra(graph.linkYears(link.id()), filter)) {
                links.add(link.id());
            }
        }
        return links;
    }

    private static boolean passesChannelType(GraphNode node, GraphFilter filter) {
        return !filter.restrictsChannelTypes() || node.channelType() == null || filter.channelTypes().contains(node.channelType());
    }

    /** A link carries the type of the channel it went through (spoke-with) or joins (participates-in). */
    private static boolean passesChannelType(GraphLink link, LoadedGraph graph, GraphFilter filter) {
        if (!filter.restrictsChannelTypes()) {
            return true;
        }
        String channelId = link.channelId() != null ? link.channelId() : link.toId();
        return graph.node(channelId)
                .map(channel -> channel.channelType() == null || filter.channelTypes().contains(channel.channelType()))
                .orElse(true);
    }

    private static boolean passesEra(Optional<YearRange> years, GraphFilter filter) {
        return filter.years() == null || years.map(y -> y.overlaps(filter.years())).orElse(true);
    }
}
