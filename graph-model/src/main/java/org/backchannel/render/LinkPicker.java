package org.backchannel.render;

import java.util.List;

/**
 * The link under the pointer, as {@link ScenePicking#linkAt} finds it, over the scene's geometry as arrays kept
 * from one pointer move to the next (a {@link SceneIndex}, built once per scene) and with the dimmed links those
 * a {@link SceneDecoration} dims: hovering the gaps of a 200,000-link scene then builds no map of its nodes for
 * every move of the pointer. Use it from one thread (the canvas's).
 */
public final class LinkPicker {

    private SceneIndex index;

    /**
     * The link passing closest to a screen point, if one passes within {@code tolerance} pixels, or null; links
     * that {@code decoration} dims are skipped unless nothing else is near.
     */
    public String linkAt(GraphScene scene, SceneDecoration decoration, Viewport view, double screenX, double screenY,
                         double tolerance) {
        index = SceneIndex.of(scene, index);
        List<SceneLink> links = scene.links();
        String best = null;
        double bestDistance = tolerance;
        boolean bestDimmed = true;
        for (int i = 0; i < links.size(); i++) {
            int a = index.from[i];
            int b = index.to[i];
            if (a < 0 || b < 0) {
                continue;
            }
            double x1 = view.toScreenX(index.xs[a]);
            double y1 = view.toScreenY(index.ys[a]);
            double x2 = view.toScreenX(index.xs[b]);
            double y2 = view.toScreenY(index.ys[b]);
            // Most links are nowhere near the pointer: their box grown by the tolerance does not hold it.
            if (screenX < Math.min(x1, x2) - tolerance || screenX > Math.max(x1, x2) + tolerance
                    || screenY < Math.min(y1, y2) - tolerance || screenY > Math.max(y1, y2) + tolerance) {
                continue;
            }
            SceneLink link = links.get(i);
            boolean dimmed = link.dimmed()
                    || (decoration.dims() && !SceneDecoration.linkLit(decoration.highlighted(), link.id(), link.fromId(), link.toId()));
            double d = ScenePicking.distanceToSegment(screenX, screenY, x1, y1, x2, y2);
            boolean better = bestDimmed && !dimmed ? d <= tolerance : d < bestDistance && dimmed == bestDimmed;
            if (better) {
                best = link.id();
                bestDistance = d;
                bestDimmed = dimmed;
            }
        }
        return best;
    }
}
