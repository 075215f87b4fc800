package org.backchannel.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.backchannel.model.NodeKind;

/**
 * Where an exported figure's labels go. A figure in a report has no hover to show the rest of a name, so
 * no label is ever cut: a long one is broken onto two lines, then set smaller (as is one that finds no
 * room at its full size), and a label that finds no free place (under, over, beside or at a corner of its node) is left out whole, lowest priority first
 * (selected, then highlighted such as a path, then channels, then the best connected), and counted, so that the
 * caption can say so. Selected and highlighted labels are always drawn.
 */
final class ExportLabels {

    /** A line wider than this many ems is broken in two, then the label is set smaller. */
    static final double MAX_LINE_EMS = 11;
    /** However long the name, its label is never set smaller than this share of the normal size. */
    static final double MIN_SHRINK = 0.75;
    static final double LINE_HEIGHT = 1.15;
    /** Roughly the ascent of a sans-serif font, as a share of its size: where the first baseline goes. */
    private static final double ASCENT = 0.8;
    private static final double CELL = 64;

    /** A label's lines, the size they are set at and the width of the widest. */
    record Block(List<String> lines, double size, boolean bold, double width) {
        double height() {
            return lines.size() * size * LINE_HEIGHT;
        }
    }

    /** A placed label: its block and the box it takes, in picture pixels. */
    record Placed(Block block, double left, double top) {
    }

    private final List<Placed> placed = new ArrayList<>();
    private int leftOut;

    private ExportLabels() {
    }

    /** A label's text on one or two lines, at {@code size} or smaller so that no line is wider than the limit. */
    static Block block(String label, double size, boolean bold, TextMetrics metrics) {
        String text = label.replaceAll("\\s+", " ").strip();
        double max = size * MAX_LINE_EMS;
        List<String> lines = metrics.textWidth(text, size, bold) > max ? twoLines(text, size, bold, metrics) : List.of(text);
        double widest = widest(lines, size, bold, metrics);
        double fitted = widest > max ? Math.max(size * MIN_SHRINK, size * max / widest) : size;
        return new Block(lines, fitted, bold, fitted == size ? widest : widest(lines, fitted, bold, metrics));
    }

    /** Breaks at the space that makes the wider of the two lines narrowest; a name without a space stays whole. */
    static List<String> twoLines(String text, double size, boolean bold, TextMetrics metrics) {
        List<String> best = List.of(text);
        double bestWidth = Double.POSITIVE_INFINITY;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            List<String> lines = List.of(text.substring(0, i), text.substring(i + 1));
            double width = widest(lines, size, bold, metrics);
            if (width < bestWidth) {
                best = lines;
                bestWidth = width;
            }
        }
        return best;
    }

    private static double widest(List<String> lines, double size, boolean bold, TextMetrics metrics) {
        double widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, metrics.textWidth(line, size, bold));
        }
        return widest;
    }

    /**
     * Places the labels of a figure of {@code viewport}'s size. Nodes are obstacles too, so that no label
     * covers a node. With more nodes than {@code detail} labels, only selected and highlighted ones are
     * labelled, as on screen.
     */
    static ExportLabels place(GraphScene scene, Viewport viewport, LevelOfDetail detail, TextMetrics metrics) {
        ExportLabels labels = new ExportLabels();
        LabelGrid grid = new LabelGrid(CELL);
        for (SceneNode node : scene.nodes()) {
            double r = ScenePainter.screenRadius(node, viewport);
            grid.add(viewport.toScreenX(node.x()) - r, viewport.toScreenY(node.y()) - r, 2 * r, 2 * r);
        }
        boolean crowded = scene.nodes().size() > detail.maxLabelledNodes();
        List<SceneNode> candidates = new ArrayList<>();
        for (SceneNode node : scene.nodes()) {
            if (LabelPainter.wantsLabel(node, crowded) && !node.label().isBlank()) {
                candidates.add(node);
            }
        }
        // Channels before other nodes of the same rank: what went through them is what a figure here is about.
        candidates.sort(Comparator.comparingInt(ExportLabels::priority)
                .thenComparing(node -> node.kind() != NodeKind.CHANNEL)
                .thenComparing(SceneNode::radius, Comparator.reverseOrder()).thenComparing(SceneNode::id));
        for (SceneNode node : candidates) {
            Block block = block(node.label(), detail.labelSize(), node.selected(), metrics);
            Placed at = firstFree(node, block, viewport, grid);
            if (at == null && block.size() > detail.labelSize() * MIN_SHRINK) {
                // No room at full size: the same words smaller may still fit between their neighbours.
                at = firstFree(node, block(node.label(), detail.labelSize() * MIN_SHRINK, node.selected(), metrics), viewport, grid);
            }
            if (at == null && (node.selected() || node.highlighted())) {
                at = below(node, block, viewport);
            }
            if (at == null) {
                labels.leftOut++;
                continue;
            }
            grid.add(at.left(), at.top(), at.block().width(), at.block().height());
            labels.placed.add(at);
        }
        return labels;
    }

    List<Placed> placed() {
        return placed;
    }

    /** How many nodes that would have been labelled found no room. */
    int leftOut() {
        return leftOut;
    }

    /**
     * Draws the placed labels, each line centred in its box, on a halo over a veil of the background, so that a link
     * running under a name (a dashed one most of all) does not cut through its letters.
     */
    void paint(Painter painter, Palette palette) {
        for (Placed label : placed) {
            Block block = label.block();
            double halo = Painter.haloWidth(block.size()) / 2;
            painter.rect(label.left() - halo, label.top(), block.width() + 2 * halo, block.height(), palette.background(), LabelPainter.VEIL, -1);
            double x = label.left() + block.width() / 2;
            double baseline = label.top() + ASCENT * block.size();
            for (String line : block.lines()) {
                painter.text(line, x, baseline, block.size(), palette.label(), block.bold(), TextAnchor.MIDDLE, palette.labelHalo());
                baseline += block.size() * LINE_HEIGHT;
            }
        }
    }

    private static Placed firstFree(SceneNode node, Block block, Viewport viewport, LabelGrid grid) {
        double x = viewport.toScreenX(node.x());
        double y = viewport.toScreenY(node.y());
        double r = ScenePainter.screenRadius(node, viewport);
        double gap = LabelPainter.GAP + Painter.haloWidth(block.size()) / 2;
        Placed under = below(node, block, viewport);
        double above = y - r - gap - block.height();
        double middle = y - block.height() / 2;
        double right = x + r + gap;
        double left = x - r - gap - block.width();
        // Straight under, over and beside first, as readers look for a name there; then the four corners.
        List<Placed> tries = List.of(under, new Placed(block, x - block.width() / 2, above), new Placed(block, right, middle),
                new Placed(block, left, middle), new Placed(block, right - r, under.top()), new Placed(block, right - r, above),
                new Placed(block, left + r, under.top()), new Placed(block, left + r, above));
        for (Placed at : tries) {
            boolean inside = at.left() >= 0 && at.top() >= 0 && at.left() + block.width() <= viewport.width()
                    && at.top() + block.height() <= viewport.height();
            if (inside && !grid.overlaps(at.left(), at.top(), block.width(), block.height())) {
                return at;
            }
        }
        return null;
    }

    private static Placed below(SceneNode node, Block block, Viewport viewport) {
        // Clear of the node's square, which is what other labels are kept off too.
        double top = viewport.toScreenY(node.y()) + ScenePainter.screenRadius(node, viewport) + LabelPainter.GAP;
        return new Placed(block, viewport.toScreenX(node.x()) - block.width() / 2, top);
    }

    /** Selected first, then highlighted (a path, a search), then the rest. */
    private static int priority(SceneNode node) {
        return node.selected() ? 0 : node.highlighted() ? 1 : 2;
    }
}
