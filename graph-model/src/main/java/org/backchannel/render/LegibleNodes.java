package org.backchannel.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Nodes as large as a reader needs. A picture is fitted by the graph's extent, which on a spread-out
 * graph leaves a node a point or two across next to type set for reading: sizes then say nothing and
 * shapes cannot be told apart. The smallest node is brought up to a given size on the page or screen and
 * every other one by the same factor, so sizes keep their proportions (the legend's least and most stay
 * true), up to a limit, so that a dense graph is not buried under its nodes.
 */
public final class LegibleNodes {

    /** The smallest node's radius in an export, in layout units (a 900-unit page): about 1.6 mm on A4. */
    static final double SMALLEST_EXPORTED = 2.6;
    /** However spread out the graph, nodes grow at most this many times. */
    public static final double MAX_FACTOR = 4;

    private LegibleNodes() {
    }

    /**
     * The scene with its radii enlarged so that the smallest is {@code smallest} units where the picture is drawn
     * at {@code scale} units per world unit; the scene itself when it is already that large.
     */
    public static GraphScene at(GraphScene scene, double scale, double smallest) {
        double least = scene.nodes().stream().mapToDouble(SceneNode::radius).filter(r -> r > 0).min().orElse(Double.NaN);
        if (Double.isNaN(least) || !(scale > 0)) {
            return scene;
        }
        double factor = Math.min(MAX_FACTOR, smallest / (least * scale));
        if (factor <= 1) {
            return scene;
        }
        List<SceneNode> nodes = new ArrayList<>(scene.nodes().size());
        for (SceneNode n : scene.nodes()) {
            nodes.add(new SceneNode(n.id(), n.kind(), n.label(), n.x(), n.y(), n.radius() * factor, n.selected(), n.highlighted(),
                    n.dimmed(), n.pinned(), n.group(), n.community()));
        }
        return new GraphScene(nodes, scene.links(), scene.key());
    }
}
