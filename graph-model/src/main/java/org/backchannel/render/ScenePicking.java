package org.backchannel.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/** Which drawn nodes lie under a point or inside a rectangle on screen: clicks, hovers and rubber bands. */
public final class ScenePicking {

    /** Small nodes still take a click this close to their centre, in pixels. */
    static final double MIN_HIT_RADIUS = 6;

    private ScenePicking() {
    }

    /** The topmost node under a screen point (the last drawn wins), or null. */
    public static String nodeAt(GraphScene scene, Viewport view, double screenX, double screenY) {
        // Read from the scene's columns: hovering asks on every mouse move, and a record per node of a
        // 100,000-node scene each time was megabytes of garbage a move.
        SceneNodes nodes = SceneNodes.copyOf(scene.nodes());
        double[] xs = nodes.xs();
        double[] ys = nodes.ys();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            double r = Math.max(MIN_HIT_RADIUS, nodes.radius(i) * view.scale());
            double dx = view.toScreenX(xs[i]) - screenX;
            double dy = view.toScreenY(ys[i]) - screenY;
            if (dx * dx + dy * dy <= r * r) {
                return nodes.id(i);
            }
        }
        return null;
    }

    /**
     * The link passing closest to a screen point, if one passes within {@code tolerance} pixels, or null.
     * Dimmed links are skipped unless nothing else is near: they are what the user is not looking at.
     */
    public static String linkAt(GraphScene scene, Viewport view, double screenX, double screenY, double tolerance) {
        Map<String, SceneNode> byId = scene.nodesById();
        String best = null;
        double bestDistance = tolerance;
        boolean bestDimmed = true;
        for (SceneLink link : scene.links()) {
            SceneNode from = byId.get(link.fromId());
            SceneNode to = byId.get(link.toId());
            if (from == null || to == null) {
                continue;
            }
            double d = distanceToSegment(screenX, screenY, view.toScreenX(from.x()), view.toScreenY(from.y()),
                    view.toScreenX(to.x()), view.toScreenY(to.y()));
            boolean better = bestDimmed && !link.dimmed() ? d <= tolerance : d < bestDistance && link.dimmed() == bestDimmed;
            if (better) {
                best = link.id();
                bestDistance = d;
                bestDimmed = link.dimmed();
            }
        }
        return best;
    }

    static double distanceToSegment(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / lengthSquared));
        return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
    }

    /**
     * The nodes whose centres lie inside a screen box, in drawing order: the hover card asks on every mouse move which
     * nodes lie around it, and only those few are made records.
     */
    public static List<SceneNode> nodesWithin(GraphScene scene, Viewport view, double left, double top, double right, double bottom) {
        List<SceneNode> within = new ArrayList<>();
        SceneNodes nodes = SceneNodes.copyOf(scene.nodes());
        within(nodes, view, left, top, right, bottom, i -> within.add(nodes.get(i)));
        return within;
    }

    /** Ids of the nodes whose centres lie inside the screen rectangle between two corners, in drawing order. */
    public static Set<String> nodesIn(GraphScene scene, Viewport view, double x1, double y1, double x2, double y2) {
        Set<String> inside = new LinkedHashSet<>();
        SceneNodes nodes = SceneNodes.copyOf(scene.nodes());
        within(nodes, view, Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2), i -> inside.add(nodes.id(i)));
        return inside;
    }

    /** Read from the scene's columns: a record per node of a 100,000-node scene at each question was megabytes of garbage. */
    private static void within(SceneNodes nodes, Viewport view, double left, double top, double right, double bottom, IntConsumer found) {
        double[] xs = nodes.xs();
        double[] ys = nodes.ys();
        for (int i = 0; i < nodes.size(); i++) {
            double x = view.toScreenX(xs[i]);
            double y = view.toScreenY(ys[i]);
            if (x >= left && x <= right && y >= top && y <= bottom) {
                found.accept(i);
            }
        }
    }
}
