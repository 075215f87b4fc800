package org.backchannel.questions;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.GraphPath;

/**
 * The fewest links between two nodes of the loaded graph, dates aside: along exchanges only
 * ({@code spoke-with}), or along any link. Breadth first in load order, so ties go the same way every
 * time.
 */
public final class SceneShortestPath {

    /** Which links a path may follow. */
    public enum Links {
        EXCHANGES_ONLY(Set.of(LinkType.SPOKE_WITH)),
        ANY_LINK(Set.of(LinkType.values()));

        private final Set<LinkType> types;

        Links(Set<LinkType> types) {
            this.types = types;
        }
    }

    private SceneShortestPath() {
    }

    public static Optional<GraphPath> find(LoadedGraph graph, GraphFilter filter, String fromId, String toId, Links links,
                                           int maxHops) {
        VisibleGraph visible = VisibleGraph.of(graph, filter);
        if (!visible.nodeIds().contains(fromId) || !visible.nodeIds().contains(toId) || fromId.equals(toId)) {
            return Optional.empty();
        }
        Map<String, GraphLink> reachedBy = new HashMap<>();
        Map<String, Integer> depth = new HashMap<>(Map.of(fromId, 0));
        Deque<String> queue = new ArrayDeque<>(List.of(fromId));
        while (!queue.isEmpty() && !depth.containsKey(toId)) {
            String u = queue.poll();
            if (depth.get(u) == maxHops) {
                continue;
            }
            for (GraphLink link : graph.linksOf(u)) {
                String v = LoadedGraph.otherEnd(link, u);
                if (link.type() != null && links.types.contains(link.type()) && visible.linkIds().contains(link.id())
                        && !depth.containsKey(v)) {
                    depth.put(v, depth.get(u) + 1);
                    reachedBy.put(v, link);
                    queue.add(v);
                }
            }
        }
        if (!depth.containsKey(toId)) {
            return Optional.empty();
        }
        List<GraphNode> nodes = new ArrayList<>();
        List<GraphLink> walked = new ArrayList<>();
        for (String v = toId; ; v = LoadedGraph.otherEnd(reachedBy.get(v), v)) {
            nodes.add(graph.node(v).orElseThrow());
            if (v.equals(fromId)) {
                break;
            }
            walked.add(reachedBy.get(v));
        }
        Collections.reverse(nodes);
        Collections.reverse(walked);
        return Optional.of(new GraphPath(nodes, walked));
    }
}
