package org.backchannel.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Draws node labels beside their nodes (below if there is room, else above, right or left: see
 * {@link LabelPlacement}), with level of detail: selected and highlighted nodes are always labelled; the
 * others only when the screen is not crowded, and only where their label overlaps no label already drawn
 * and no other node (greedy, the most connected nodes first, so that the important names win; the most
 * important of all may cover a node, as the selected ones may).
 */
final class LabelPainter {

    private static final String ELLIPSIS = "\u2026";
    /** Space between a node's outline and the top of its label. */
    static final double GAP = 2;
    /** How opaque the veil of background under a name is: links under it show faintly, and do not cut its letters. */
    static final double VEIL = 0.75;
    /** Roughly the ascent of a sans-serif font, as a share of its size: where the baseline goes. */
    private static final double ASCENT = 0.8;
    /** A line of label text is this many times its font size high. */
    static final double LINE_HEIGHT = 1.2;

    private final Palette palette;
    private final LevelOfDetail detail;

    LabelPainter(Palette palette, LevelOfDetail detail) {
        this.palette = palette;
        this.detail = detail;
    }

    /** Labels the given on-screen nodes and returns how many labels it drew. */
    int paint(List<SceneNode> visible, Viewport viewport, Painter painter) {
        return paint(visible, Map.of(), viewport, painter, new LabelPlacement(viewport.width(), viewport.height()));
    }

    /**
     * Labels the given on-screen nodes, the most connected first among equals, in places that overlap no other
     * label and no other node; returns how many labels it drew.
     *
     * @param degrees how many links of the scene each node has; a node missing counts as none
     */
    int paint(List<SceneNode> visible, Map<String, Integer> degrees, Viewport viewport, Painter painter,
              LabelPlacement placement) {
        boolean crowded = visible.size() > detail.maxLabelledNodes() || viewport.scale() < detail.minLabelScale();
        List<SceneNode> candidates = new ArrayList<>();
        for (SceneNode node : visible) {
            if (wantsLabel(node, crowded)) {
                candidates.add(node);
            }
        }
        if (!crowded) {
            for (SceneNode node : visible) {
                placement.addNode(viewport.toScreenX(node.x()), viewport.toScreenY(node.y()), palette.shape(node.kind()),
                        ScenePainter.screenRadius(node, viewport));
            }
        }
        // The larger node first: its size says it matters by the measure the analyst chose (degree, unless told otherwise).
        Comparator<SceneNode> importance = Comparator.comparing(SceneNode::radius, Comparator.reverseOrder())
                .thenComparing((SceneNode n) -> degrees.getOrDefault(n.id(), 0), Comparator.reverseOrder());
        candidates.sort(Comparator.comparingInt(LabelPainter::priority).thenComparing(importance));
        // The largest node is what the picture is about: in a crowded middle its name is worth covering a small node for.
        SceneNode leading = candidates.stream().min(importance).orElse(null);
        int drawn = 0;
        for (SceneNode node : candidates) {
            if (paintLabel(node, viewport, painter, placement, node == leading)) {
                drawn++;
            }
        }
        return drawn;
    }

    private boolean paintLabel(SceneNode node, Viewport viewport, Painter painter, LabelPlacement placement, boolean leading) {
        String text = shorten(node.label(), detail.maxLabelChars());
        if (text.isEmpty()) {
            return false;
        }
        double size = detail.labelSize();
        boolean bold = node.selected();
        double width = painter.textWidth(text, size, bold);
        double x = viewport.toScreenX(node.x());
        double y = viewport.toScreenY(node.y());
        double r = ScenePainter.screenRadius(node, viewport);
        NodeShape shape = palette.shape(node.kind());
        double halo = Painter.haloWidth(size);
        double[] box = placement.place(x, y, ShapeGeometry.boundaryDistance(shape, r, Math.PI / 2),
                ShapeGeometry.boundaryDistance(shape, r, -Math.PI / 2), ShapeGeometry.boundaryDistance(shape, r, 0),
                width + 2 * halo, size * LINE_HEIGHT, GAP, leading, node.selected() || node.highlighted());
        if (box == null) {
            return false;
        }
        // As in exports: a veil of the background under the name, so that links under it do not cut its letters.
        painter.rect(box[0], box[1], box[2], box[3], palette.background(), VEIL, -1);
        painter.text(text, box[0] + box[2] / 2, box[1] + ASCENT * size, size, palette.label(), bold, TextAnchor.MIDDLE,
                palette.labelHalo());
        return true;
    }

    /** Selected and highlighted nodes are always labelled; the others when the screen is not crowded and they are not dimmed. */
    static boolean wantsLabel(SceneNode node, boolean crowded) {
        return node.selected() || node.highlighted() || !crowded && !node.dimmed();
    }

    /** Selected first, then highlighted, then the rest. */
    private static int priority(SceneNode node) {
        return node.selected() ? 0 : node.highlighted() ? 1 : 2;
    }

    /**
     * The label on one line, cut to at most {@code maxChars} characters (code points, so that no surrogate
     * pair is split) with an ellipsis.
     */
    static String shorten(String label, int maxChars) {
        String oneLine = label.replaceAll("\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= maxChars) {
            return oneLine;
        }
        int end = oneLine.offsetByCodePoints(0, maxChars - 1);
        return oneLine.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
