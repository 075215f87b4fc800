package org.backchannel.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Nodes as large as a printed figure needs. A figure is fitted to the page by the graph's extent, which on
 * a spread-out graph leaves a node a point or two across next to type set for print: sizes then say
 * nothing and shapes cannot be told apart. The smallest node is brought up to {@link #SMALLEST} page
 * units and every other one by the same factor, so sizes keep their proportions (the legend's least and
 * most stay true), at most {@link #MAX_FACTOR} times, so that a dense graph is not buried under its nodes.
 */
final class ExportNodeSizes {

    /** The smallest node's radius on the page, in layout units (a 900-unit page): about 1.6 mm on A4. */
    static final double SMALLEST = 2.6;
    private static final double MAX_FACTOR = 4;

    private ExportNodeSizes() {
    }

    /** The scene with its radii enlarged for a page drawn at {@code scale} page units per world unit. */
    static GraphScene legible(GraphScene scene, double scale) {
        double least = scene.nodes().stream().mapToDouble(SceneNode::radius).filter(r -> r > 0).min().orElse(Double.NaN);
        if (Double.isNaN(least) || !(scale > 0)) {
            return scene;
        }
        double factor = Math.min(MAX_FACTOR, SMALLEST / (least * scale));
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
