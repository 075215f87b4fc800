package org.backchannel.render;


/**
 * A {@link GraphScene}'s geometry as plain arrays: node positions and each link's ends as node numbers. Built
 * once per scene, so that a frame over 100,000 nodes and 500,000 links culls with array reads instead of two
 * map look-ups by id per link (which alone took tens of milliseconds a frame).
 */
final class SceneIndex {

    private final GraphScene scene;
    final double[] xs;
    final double[] ys;
    /** Each link's ends as indices into the scene's nodes; -1 when an end is not in the scene. */
    final int[] from;
    final int[] to;
    /** The nodes' extent in world units, and the largest radius; an empty scene's extent is empty (min > max). */
    final double minX;
    final double maxX;
    final double minY;
    final double maxY;
    final double maxRadius;

    private SceneIndex(GraphScene scene) {
        this.scene = scene;
        // The scene's own columns of positions, not copies: 1.6 MB at 100,000 nodes.
        SceneNodes nodes = (SceneNodes) scene.nodes();
        xs = nodes.xs();
        ys = nodes.ys();
        double left = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        double top = Double.POSITIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        double radius = 0;
        for (int i = 0; i < nodes.size(); i++) {
            left = Math.min(left, xs[i]);
            right = Math.max(right, xs[i]);
            top = Math.min(top, ys[i]);
            bottom = Math.max(bottom, ys[i]);
            radius = Math.max(radius, nodes.radius(i));
        }
        minX = left;
        maxX = right;
        minY = top;
        maxY = bottom;
        maxRadius = radius;
        // A scene holds its links as columns with their ends already numbered over its nodes.
        SceneLinks links = (SceneLinks) scene.links();
        from = links.fromNumbers();
        to = links.toNumbers();
    }

    /** The index of {@code scene}: {@code last} when it was built for that very scene, else a new one. */
    static SceneIndex of(GraphScene scene, SceneIndex last) {
        return last != null && last.scene == scene ? last : new SceneIndex(scene);
    }

    GraphScene scene() {
        return scene;
    }

    /** Whether link {@code i} has both ends in the scene and touches the screen grown by {@code margin}. */
    boolean linkTouches(int i, Viewport view, double margin) {
        int a = from[i];
        int b = to[i];
        if (a < 0 || b < 0) {
            return false;
        }
        double x1 = view.toScreenX(xs[a]);
        double y1 = view.toScreenY(ys[a]);
        double x2 = view.toScreenX(xs[b]);
        double y2 = view.toScreenY(ys[b]);
        return Math.max(x1, x2) >= -margin && Math.min(x1, x2) <= view.width() + margin
                && Math.max(y1, y2) >= -margin && Math.min(y1, y2) <= view.height() + margin;
    }
}
