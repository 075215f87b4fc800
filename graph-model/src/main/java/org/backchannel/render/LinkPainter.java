package org.backchannel.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The links of a {@link ScenePainter}'s scene: in layers (dimmed under plain under highlighted), fine or
 * coarse and sampled as the {@link LevelOfDetail} asks for the crowd, highlighted ones always fine. Each is
 * stroked as the {@link Palette} says, with an arrowhead on the target's outline where it has a direction.
 */
final class LinkPainter {

    private static final double HIGHLIGHT_WIDEN = 1.6;

    private final Palette palette;
    private final LevelOfDetail detail;

    LinkPainter(Palette palette, LevelOfDetail detail) {
        this.palette = palette;
        this.detail = detail;
    }

    /** Paints the scene's links that reach the viewport; returns how many were drawn. */
    int paint(GraphScene scene, Viewport viewport, Painter painter) {
        Map<String, SceneNode> byId = scene.nodesById();
        List<SceneLink> dimmed = new ArrayList<>();
        List<SceneLink> plain = new ArrayList<>();
        List<SceneLink> highlighted = new ArrayList<>();
        for (SceneLink link : scene.links()) {
            (link.highlighted() ? highlighted : link.dimmed() ? dimmed : plain).add(link);
        }
        // Highlighted links are few and are what the user looks at: they stay fine and complete whatever the crowd.
        int crowdOnScreen = onScreen(dimmed, byId, viewport) + onScreen(plain, byId, viewport);
        boolean coarse = crowdOnScreen > detail.maxFineLinks();
        // Sampling by position in the scene rather than on screen keeps the same links drawn while the view moves.
        int stride = (int) Math.max(1, (crowdOnScreen + (long) detail.maxCrowdLinks() - 1) / detail.maxCrowdLinks());
        LinkBatches crowd = new LinkBatches(palette, coarse);
        int drawn = gather(dimmed, stride, byId, viewport, crowd);
        if (!coarse) {
            // Fine dimmed links go under the plain ones; coarse ones keep that order within one batch.
            crowd.paintAndClear(painter);
        }
        drawn += gather(plain, stride, byId, viewport, crowd);
        crowd.paintAndClear(painter);
        LinkBatches lit = new LinkBatches(palette, false);
        drawn += gather(highlighted, 1, byId, viewport, lit);
        lit.paintAndClear(painter);
        return drawn;
    }

    private int gather(List<SceneLink> layer, int stride, Map<String, SceneNode> byId, Viewport viewport,
                       LinkBatches batches) {
        int drawn = 0;
        for (int i = 0; i < layer.size(); i += stride) {
            SceneLink link = layer.get(i);
            SceneNode from = byId.get(link.fromId());
            SceneNode to = byId.get(link.toId());
            if (from != null && to != null && paintLink(link, from, to, viewport, batches)) {
                drawn++;
            }
        }
        return drawn;
    }

    private int onScreen(List<SceneLink> links, Map<String, SceneNode> byId, Viewport viewport) {
        int count = 0;
        for (SceneLink link : links) {
            SceneNode from = byId.get(link.fromId());
            SceneNode to = byId.get(link.toId());
            if (from != null && to != null && onScreen(from, to, viewport)) {
                count++;
            }
        }
        return count;
    }

    private boolean onScreen(SceneNode from, SceneNode to, Viewport viewport) {
        return viewport.showsSegment(from.x(), from.y(), to.x(), to.y(), detail.cullMargin());
    }

    private boolean paintLink(SceneLink link, SceneNode from, SceneNode to, Viewport viewport, LinkBatches batches) {
        if (!onScreen(from, to, viewport)) {
            return false;
        }
        double x1 = viewport.toScreenX(from.x());
        double y1 = viewport.toScreenY(from.y());
        double x2 = viewport.toScreenX(to.x());
        double y2 = viewport.toScreenY(to.y());
        LinkStyle style = palette.linkStyle(link);
        int colour = style.rgb();
        double alpha = link.dimmed() && !link.highlighted() ? palette.dimmedAlpha() / 255.0 : 1;
        double width = style.width();
        if (link.highlighted()) {
            width *= HIGHLIGHT_WIDEN;
            batches.band(x1, y1, x2, y2, palette.highlight(), width + ScenePainter.HIGHLIGHT_BAND);
        }
        batches.line(x1, y1, x2, y2, colour, alpha, width, style.secrecy());
        if (style.arrow()) {
            paintArrowHead(x1, y1, x2, y2, to, viewport, batches, colour, alpha, width);
        }
        return true;
    }

    /** Puts the tip on the target's outline, so that the arrow is not hidden under the node. */
    private void paintArrowHead(double x1, double y1, double x2, double y2, SceneNode to, Viewport viewport,
                                LinkBatches batches, int colour, double alpha, double width) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double reach = ShapeGeometry.boundaryDistance(palette.shape(to.kind()), ScenePainter.screenRadius(to, viewport), angle + Math.PI)
                + ScenePainter.NODE_STROKE;
        double size = 4 + 3 * width;
        if (length > reach + size) {
            batches.arrowHead(x2 - reach * Math.cos(angle), y2 - reach * Math.sin(angle), angle, size, colour, alpha);
        }
    }
}
