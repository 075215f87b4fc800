package org.backchannel.questions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.TimeSpan;
import org.backchannel.store.GraphFilter;

/**
 * The dated steps a message can take in the loaded graph under a filter, numbered for the path search:
 * an exchange ({@code spoke-with}) either way at its dates, and taking part in an event, into it and out
 * of it again, at the dates of the taking part or else of the event. Undated links are left out: a step
 * with no date cannot be put in order, and guessing one would be inventing it.
 */
final class TimedHops {

    final List<GraphNode> nodes = new ArrayList<>();
    final Map<String, Integer> indexOf = new HashMap<>();
    final List<int[]> from = new ArrayList<>();
    final List<GraphLink> links = new ArrayList<>();
    final List<DateWindow> windows = new ArrayList<>();
    /** Per node, the hops leaving it, in load order. */
    final List<List<Integer>> leaving = new ArrayList<>();

    TimedHops(LoadedGraph graph, GraphFilter filter) {
        VisibleGraph visible = VisibleGraph.of(graph, filter);
        for (GraphNode node : graph.nodes()) {
            if (visible.nodeIds().contains(node.id())) {
                indexOf.put(node.id(), nodes.size());
                nodes.add(node);
                leaving.add(new ArrayList<>());
            }
        }
        for (GraphLink link : graph.links()) {
            if (!visible.linkIds().contains(link.id())) {
                continue;
            }
            if (link.type() == LinkType.SPOKE_WITH) {
                DateWindow.of(link.span()).ifPresent(when -> addBothWays(link, when));
            } else if (link.type() == LinkType.TOOK_PART_IN) {
                TimeSpan eventSpan = graph.node(link.toId()).filter(n -> n.kind() == NodeKind.EVENT)
                        .map(GraphNode::span).orElse(TimeSpan.UNDATED);
                Optional<DateWindow> when = DateWindow.of(link.span()).or(() -> DateWindow.of(eventSpan));
                when.ifPresent(w -> addBothWays(link, w));
            }
        }
    }

    private void addBothWays(GraphLink link, DateWindow when) {
        int a = indexOf.get(link.fromId());
        int b = indexOf.get(link.toId());
        add(a, b, link, when);
        add(b, a, link, when);
    }

    private void add(int start, int end, GraphLink link, DateWindow when) {
        leaving.get(start).add(links.size());
        from.add(new int[] {start, end});
        links.add(link);
        windows.add(when);
    }

    int start(int hop) {
        return from.get(hop)[0];
    }

    int end(int hop) {
        return from.get(hop)[1];
    }

    int nodeCount() {
        return nodes.size();
    }
}
