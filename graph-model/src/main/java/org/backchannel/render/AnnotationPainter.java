package org.backchannel.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Numbered notes on an exported figure: a small numbered disc beside each annotated node (to its upper
 * left, away from the pin mark on the upper right) or link (at its middle), and the list of notes under
 * the caption (or, in a PDF, on pages of their own). The heading says which notes come from the sources
 * (the exchanges and their quotes) and which are the analyst's.
 */
final class AnnotationPainter {

    static final String HEADING = "Notes (an analyst's note is not from the sources)";
    private static final double MARKER_RADIUS = 9;
    private static final double MARKER_TEXT = 11;
    /** As the caption's, so that the notes read as part of it. */
    static final double TEXT_SIZE = ExportPage.CAPTION_SIZE;
    static final double LINE = ExportPage.CAPTION_LINE;

    private final Palette palette;

    AnnotationPainter(Palette palette) {
        this.palette = palette;
    }

    /** The lines of the list under the figure, wrapped to {@code width}; empty when there are no notes. */
    static List<String> lines(List<Annotation> annotations, double width, TextMetrics metrics) {
        if (annotations.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(HEADING);
        for (Annotation a : annotations) {
            lines.addAll(TextWrap.lines(List.of(a.number() + ". " + a.text()), width, TEXT_SIZE, metrics));
        }
        return lines;
    }

    /**
     * Draws each note's number beside its node or link, clear of the placed labels where a corner of the node is
     * free of them; notes on elements not in the scene get no marker.
     */
    void markers(List<Annotation> annotations, GraphScene scene, Viewport viewport, Painter painter, List<ExportLabels.Placed> labels) {
        Map<String, SceneNode> nodes = scene.nodesById();
        List<double[]> drawn = new ArrayList<>();
        for (Annotation a : annotations) {
            double[] at = anchor(a.targetId(), nodes, scene, viewport, labels);
            if (at == null) {
                continue;
            }
            // Two exchanges between the same people share a line: their numbers go side by side, not on top of each other.
            while (taken(drawn, at)) {
                at[0] += 2 * MARKER_RADIUS + 2;
            }
            drawn.add(at);
            painter.shape(NodeShape.CIRCLE, at[0], at[1], MARKER_RADIUS, palette.label(), palette.background(), 1.5, 1);
            painter.text(Integer.toString(a.number()), at[0], at[1] + MARKER_TEXT * 0.36, MARKER_TEXT, palette.background(), true,
                    TextAnchor.MIDDLE, -1);
        }
    }

    /** Whether a marker at {@code at} would touch a label's box, a pixel of air included. */
    private static boolean touches(ExportLabels.Placed label, double[] at) {
        double reach = MARKER_RADIUS + 1;
        return at[0] + reach > label.left() && at[0] - reach < label.left() + label.block().width()
                && at[1] + reach > label.top() && at[1] - reach < label.top() + label.block().height();
    }

    private static boolean taken(List<double[]> drawn, double[] at) {
        for (double[] other : drawn) {
            if (Math.hypot(other[0] - at[0], other[1] - at[1]) < 2 * MARKER_RADIUS) {
                return true;
            }
        }
        return false;
    }

    /** Paints the list whose lines {@link #lines} gave, the heading in bold, from {@code top} down. */
    void list(List<String> lines, double left, double top, Painter painter) {
        double baseline = top + LINE * 0.75;
        for (int i = 0; i < lines.size(); i++) {
            painter.text(lines.get(i), left, baseline, TEXT_SIZE, palette.label(), i == 0, TextAnchor.START, -1);
            baseline += LINE;
        }
    }

    private static double[] anchor(String id, Map<String, SceneNode> nodes, GraphScene scene, Viewport viewport,
                                   List<ExportLabels.Placed> labels) {
        if (id == null) {
            return null;
        }
        SceneNode node = nodes.get(id);
        if (node != null) {
            double offset = node.radius() * viewport.scale() * 0.75 + MARKER_RADIUS * 0.7;
            double x = viewport.toScreenX(node.x());
            double y = viewport.toScreenY(node.y());
            // Upper left first, away from the pin mark on the upper right; then the corners a label leaves free.
            for (double[] corner : new double[][] {{-1, -1}, {-1, 1}, {1, 1}, {1, -1}}) {
                double[] at = {x + corner[0] * offset, y + corner[1] * offset};
                if (labels.stream().noneMatch(label -> touches(label, at))) {
                    return at;
                }
            }
            return new double[] {x - offset, y - offset};
        }
        for (SceneLink link : scene.links()) {
            SceneNode from = nodes.get(link.fromId());
            SceneNode to = nodes.get(link.toId());
            if (link.id().equals(id) && from != null && to != null) {
                return new double[] {viewport.toScreenX((from.x() + to.x()) / 2), viewport.toScreenY((from.y() + to.y()) / 2)};
            }
        }
        return null;
    }
}
