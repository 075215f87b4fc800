package org.backchannel.bench.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.layout.LayoutState;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.render.GraphScene;
import org.backchannel.render.NodeScale;
import org.backchannel.render.SceneLink;
import org.backchannel.render.SceneNode;

/**
 * The scene the app would export for a whole visible graph with nothing selected. The app's {@code SceneBuilder}
 * lives in the JavaFX module, which the bench does not load; this keeps what costs time in painting (every node
 * with its label and degree-sized radius, every link with its channel type) and leaves out selection and hover.
 */
final class BenchScene {

    private BenchScene() {
    }

    /** @param ids the node id of every index of {@code positions} */
    static GraphScene of(LoadedGraph graph, VisibleGraph visible, List<String> ids, LayoutState positions) {
        double[] degrees = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            degrees[i] = visible.nodeIds().contains(ids.get(i)) ? graph.linksOf(ids.get(i)).size() : Double.NaN;
        }
        // Sized by degree between the app's bounds, as the app's default is.
        NodeScale scale = NodeScale.of(degrees);
        List<SceneNode> nodes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            GraphNode node = graph.node(id).orElseThrow();
            if (visible.nodeIds().contains(id)) {
                nodes.add(new SceneNode(id, node.kind(), node.name(), positions.x(i), positions.y(i),
                        scale.radius(degrees[i]), false, false, false, false));
            }
        }
        List<SceneLink> links = new ArrayList<>();
        // Labelled as the app's SceneBuilder labels them ("spoke with · 1970-03-02"), one string per distinct label.
        Map<String, String> labels = new HashMap<>();
        for (GraphLink link : graph.links()) {
            if (visible.linkIds().contains(link.id())) {
                GraphNode channel = link.channelId() != null ? graph.node(link.channelId()).orElse(null)
                        : graph.node(link.toId()).filter(n -> n.channelType() != null).orElse(null);
                links.add(new SceneLink(link.id(), link.fromId(), link.toId(), link.type(),
                        channel == null ? null : channel.channelType(), channel == null ? null : channel.secrecy(), false, false, labels.computeIfAbsent(label(link), l -> l), false));
            }
        }
        // As the app's SceneBuilder: the links' ids and ends read from the graph's columns.
        return GraphScene.sharing(nodes, links, null, graph.sharedLinkColumns());
    }

    /** As {@code SceneBuilder.linkLabel}, which the bench cannot load. */
    private static String label(GraphLink link) {
        String type = link.typeName().replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT);
        return link.span().isDated() ? type + " \u00b7 " + link.span() : type;
    }
}
