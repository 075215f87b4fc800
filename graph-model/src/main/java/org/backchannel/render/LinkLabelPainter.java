package org.backchannel.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes on links what they are and when ("spoke with · 1970"), when the user asks for it: at the middle of
 * the link, or a third of the way from either end, wherever the text covers no node label, no node and no
 * other link label. Highlighted links are labelled first, then exchanges through a channel, then other dated
 * links; dimmed ones never. Only while at most twice as many links as the level of detail labels nodes are
 * on screen: past that only highlighted links are labelled.
 */
final class LinkLabelPainter {

    /** Along a link, where its label may go, as shares of the way from its start. */
    private static final double[] SPOTS = {0.5, 0.33, 0.67};
    /** Link labels are a little smaller than node labels, so that names stay what the eye reads first. */
    private static final double SHRINK = 0.85;
    /** What separates a link label's type from its date. */
    static final String DATE_MARK = " \u00b7 ";

    private final Palette palette;
    private final LevelOfDetail detail;

    LinkLabelPainter(Palette palette, LevelOfDetail detail) {
        this.palette = palette;
        this.detail = detail;
    }

    /** Labels the links of the scene that are on screen; returns how many labels it drew. */
    int paint(GraphScene scene, Viewport viewport, Painter painter, LabelPlacement placement) {
        Map<String, SceneNode> byId = scene.nodesById();
        List<SceneLink> candidates = new ArrayList<>();
        for (SceneLink link : scene.links()) {
            SceneNode from = byId.get(link.fromId());
            SceneNode to = byId.get(link.toId());
            if (!link.label().isEmpty() && !link.dimmed() && from != null && to != null && onScreen(from, to, viewport)) {
                candidates.add(link);
            }
        }
        // A graph has about twice as many links as nodes: the placement keeps what is drawn apart.
        if (candidates.size() > 2 * detail.maxLabelledNodes()) {
            candidates.removeIf(link -> !link.highlighted());
        }
        // What the analyst looks for first: the highlighted links, then exchanges through a channel, then other dated links.
        candidates.sort(Comparator.comparing(SceneLink::highlighted, Comparator.reverseOrder())
                .thenComparing(link -> link.channelType() != null, Comparator.reverseOrder())
                .thenComparing(link -> link.label().contains(DATE_MARK), Comparator.reverseOrder()));
        double size = detail.labelSize() * SHRINK;
        double halo = Painter.haloWidth(size);
        int drawn = 0;
        for (SceneLink link : candidates) {
            SceneNode from = byId.get(link.fromId());
            SceneNode to = byId.get(link.toId());
            double x1 = viewport.toScreenX(from.x());
            double y1 = viewport.toScreenY(from.y());
            double x2 = viewport.toScreenX(to.x());
            double y2 = viewport.toScreenY(to.y());
            // Never shortened: a type and a date are short, and a cut date would say something else.
            String text = link.label();
            double w = painter.textWidth(text, size, false) + 2 * halo;
            double h = size * LabelPainter.LINE_HEIGHT;
            double room = Math.hypot(x2 - x1, y2 - y1) - ScenePainter.screenRadius(from, viewport)
                    - ScenePainter.screenRadius(to, viewport);
            if (room < Math.min(w, 40)) {
                continue;
            }
            for (double t : SPOTS) {
                double x = x1 + (x2 - x1) * t;
                double y = y1 + (y2 - y1) * t;
                if (placement.takeIfClear(x - w / 2, y - h / 2, w, h)) {
                    painter.text(text, x, y + (0.8 - 0.5 * LabelPainter.LINE_HEIGHT) * size, size, palette.label(),
                            false, TextAnchor.MIDDLE, palette.labelHalo());
                    drawn++;
                    break;
                }
            }
        }
        return drawn;
    }

    private boolean onScreen(SceneNode from, SceneNode to, Viewport viewport) {
        return viewport.showsSegment(from.x(), from.y(), to.x(), to.y(), 0);
    }
}
