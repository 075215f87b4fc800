package org.backchannel.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Draws node labels under their nodes, with level of detail: selected and highlighted nodes are always
 * labelled; the others only when the screen is not crowded, and only where their label does not overlap
 * one already drawn (greedy, biggest nodes first, so that the important names win).
 */
final class LabelPainter {

    private static final String ELLIPSIS = "\u2026";
    /** Space between a node's outline and the top of its label. */
    static final double GAP = 2;
    /** Roughly the ascent of a sans-serif font, as a share of its size: where the baseline goes. */
    private static final double ASCENT = 0.8;
    private static final double CELL = 64;
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
        boolean crowded = visible.size() > detail.maxLabelledNodes() || viewport.scale() < detail.minLabelScale();
        List<SceneNode> candidates = new ArrayList<>();
        for (SceneNode node : visible) {
            if (wantsLabel(node, crowded)) {
                candidates.add(node);
            }
        }
        candidates.sort(Comparator.comparingInt(LabelPainter::priority).thenComparing(SceneNode::radius, Comparator.reverseOrder()));
        LabelGrid grid = new LabelGrid(CELL);
        int drawn = 0;
        for (SceneNode node : candidates) {
            if (paintLabel(node, viewport, painter, grid)) {
                drawn++;
            }
        }
        return drawn;
    }

    private boolean paintLabel(SceneNode node, Viewport viewport, Painter painter, LabelGrid grid) {
        String text = shorten(node.label(), detail.maxLabelChars());
        if (text.isEmpty()) {
            return false;
        }
        double size = detail.labelSize();
        boolean bold = node.selected();
        double width = painter.textWidth(text, size, bold);
        double x = viewport.toScreenX(node.x());
        double r = ScenePainter.screenRadius(node, viewport);
        double top = viewport.toScreenY(node.y())
                + ShapeGeometry.boundaryDistance(palette.shape(node.kind()), r, Math.PI / 2) + GAP;
        double halo = Painter.haloWidth(size);
        double boxX = x - width / 2 - halo;
        double boxWidth = width + 2 * halo;
        double boxHeight = size * LINE_HEIGHT;
        boolean always = node.selected() || node.highlighted();
        if (!always && grid.overlaps(boxX, top, boxWidth, boxHeight)) {
            return false;
        }
        grid.add(boxX, top, boxWidth, boxHeight);
        painter.text(text, x, top + ASCENT * size, size, palette.label(), bold, TextAnchor.MIDDLE, palette.labelHalo());
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
