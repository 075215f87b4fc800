package org.backchannel.render;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which drawn nodes lie under a point or inside a rectangle on screen: clicks, hovers and rubber bands. */
public final class ScenePicking {

    /** Small nodes still take a click this close to their centre, in pixels. */
    static final double MIN_HIT_RADIUS = 6;

    private ScenePicking() {
    }

    /** The topmost node under a screen point (the last drawn wins), or null. */
    public static String nodeAt(GraphScene scene, Viewport view, double screenX, double screenY) {
        List<SceneNode> nodes = scene.nodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            SceneNode node = nodes.get(i);
            double r = Math.max(MIN_HIT_RADIUS, node.radius() * view.scale());
            double dx = view.toScreenX(node.x()) - screenX;
            double dy = view.toScreenY(node.y()) - screenY;
            if (dx * dx + dy * dy <= r * r) {
                return node.id();
            }
        }
        return null;
    }

    /** Ids of the nodes whose centres lie inside the screen rectangle between two corners, in drawing order. */
    public static Set<String> nodesIn(GraphScene scene, Viewport view, double x1, double y1, double x2, double y2) {
        Set<String> inside = new LinkedHashSet<>();
        for (SceneNode node : scene.nodes()) {
            double x = view.toScreenX(node.x());
            double y = view.toScreenY(node.y());
            if (x >= Math.min(x1, x2) && x <= Math.max(x1, x2) && y >= Math.min(y1, y2) && y <= Math.max(y1, y2)) {
                inside.add(node.id());
            }
        }
        return inside;
    }
}
