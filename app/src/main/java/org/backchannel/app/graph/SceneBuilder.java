package org.backchannel.app.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.measures.NodeMeasures;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeEncoding;
import org.backchannel.render.GraphScene;
import org.backchannel.render.SceneDecoration;
import org.backchannel.render.SceneLink;
import org.backchannel.render.SceneNode;

/**
 * Describes what to draw: the visible part of the loaded graph at its laid-out positions, with
 * selection, pins and highlights. Used for the screen and for every export, so both show the same.
 */
public final class SceneBuilder {

    private SceneBuilder() {
    }

    /**
     * @param positions   world positions by node id; nodes without one are left out
     * @param selection   selected node ids
     * @param highlighted node and link ids to stand out (a hovered node's neighbourhood, a path); when
     *                    not empty, everything else is dimmed
     */
    public static GraphScene build(LoadedGraph graph, VisibleGraph visible, Map<String, double[]> positions,
                                   Set<String> selection, Set<String> pinned, Set<String> highlighted) {
        return build(graph, visible, positions, selection, pinned, highlighted, Map.of());
    }

    /** @param notLoaded links the store has but did not send, by node: shown as "+N" after the name */
    public static GraphScene build(LoadedGraph graph, VisibleGraph visible, Map<String, double[]> positions,
                                   Set<String> selection, Set<String> pinned, Set<String> highlighted,
                                   Map<String, Long> notLoaded) {
        return build(graph, visible, positions, selection, pinned, highlighted, notLoaded, NodeEncoding.DEFAULT, Map.of());
    }

    /**
     * @param encoding what node sizes and colours mean
     * @param measures the scene's measures by node id, computed off the UI thread; nodes they lack are drawn as the least
     */
    public static GraphScene build(LoadedGraph graph, VisibleGraph visible, Map<String, double[]> positions,
                                   Set<String> selection, Set<String> pinned, Set<String> highlighted,
                                   Map<String, Long> notLoaded, NodeEncoding encoding, Map<String, NodeMeasures> measures) {
        Map<String, Integer> degrees = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (String id : visible.nodeIds()) {
            GraphNode node = graph.node(id).orElse(null);
            if (positions.get(id) != null && node != null) {
                degrees.put(id, visible.degree(graph, id));
                names.put(id, node.name());
            }
        }
        NodeLooks looks = new NodeLooks(encoding, measures, degrees, names);
        List<SceneNode> nodes = new ArrayList<>();
        for (String id : degrees.keySet()) {
            double[] at = positions.get(id);
            GraphNode node = graph.node(id).orElseThrow();
            boolean lit = highlighted.contains(id);
            String label = notLoaded.containsKey(id) ? node.name() + " +" + notLoaded.get(id) : node.name();
            // Someone else's labels that no perspective maps each get a colour and a legend entry of their own.
            String group = node.isForeign() ? node.otherProperties().get("labels") : null;
            nodes.add(new SceneNode(id, node.kind(), label, at[0], at[1], looks.radius(id), selection.contains(id),
                    lit, !highlighted.isEmpty() && !lit, pinned.contains(id), group == null || group.isBlank() ? null : group,
                    looks.community(id)));
        }
        Set<String> placed = new HashSet<>();
        nodes.forEach(n -> placed.add(n.id()));
        List<SceneLink> links = new ArrayList<>();
        // One string per distinct label ("spoke with · 1970"), not per link: 500,000 links share a few thousand.
        Map<String, String> labels = new HashMap<>();
        for (String id : visible.linkIds()) {
            GraphLink link = graph.link(id).orElse(null);
            if (link == null || !placed.contains(link.fromId()) || !placed.contains(link.toId())) {
                continue;
            }
            GraphNode channel = channelOf(graph, link);
            boolean lit = SceneDecoration.linkLit(highlighted, id, link.fromId(), link.toId());
            links.add(new SceneLink(id, link.fromId(), link.toId(), link.type(),
                    channel == null ? null : channel.channelType(), channel == null ? null : channel.secrecy(),
                    lit, !highlighted.isEmpty() && !lit, labels.computeIfAbsent(linkLabel(link), label -> label), link.mutual()));
        }
        // The graph's columns of link ids and ends, shared rather than copied (10 MB at 500,000 links).
        return GraphScene.sharing(nodes, links, nodes.isEmpty() ? null : looks.key(), graph.sharedLinkColumns());
    }

    /** What a link is and when, as the graph writes it on the link when asked: "spoke with · 1969–1977". */
    static String linkLabel(GraphLink link) {
        String type = link.typeName() == null ? "" : link.typeName().replace('-', ' ').replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return link.span().isDated() ? type + " \u00b7 " + link.span() : type;
    }

    /**
     * The channel an exchange went through or a participant took part in; none for any other link, so that
     * a scholar who studied a channel is not drawn as one of its users (see {@code Palette.throughChannel}).
     */
    public static GraphNode channelOf(LoadedGraph graph, GraphLink link) {
        if (link.type() == LinkType.SPOKE_WITH && link.channelId() != null) {
            return graph.node(link.channelId()).orElse(null);
        }
        if (link.type() == LinkType.PARTICIPATES_IN) {
            return graph.node(link.toId()).filter(n -> n.channelType() != null).orElse(null);
        }
        return null;
    }

    /** The ids a hovered node lights up: itself, its visible links and the nodes at their other ends. */
    public static Set<String> neighbourhood(LoadedGraph graph, VisibleGraph visible, String nodeId) {
        Set<String> ids = new HashSet<>();
        ids.add(nodeId);
        for (GraphLink link : graph.linksOf(nodeId)) {
            if (visible.linkIds().contains(link.id())) {
                ids.add(link.id());
                ids.add(LoadedGraph.otherEnd(link, nodeId));
            }
        }
        return ids;
    }
}
