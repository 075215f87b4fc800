package org.backchannel.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Numbered notes on an exported figure: a small numbered disc beside each annotated node (to its upper
 * left, away from the pin mark on the upper right) or link (at its middle), farther out with a leader line
 * where every place beside it touches a label ({@link NoteLeader}), and the list of notes under
 * the caption (or, in a PDF, on pages of their own). The heading says which notes come from the sources
 * (the exchanges and their quotes) and which are the analyst's.
 */
final class AnnotationPainter {

    static final String HEADING = "Notes (an analyst's note is not from the sources)";
    private static final double MARKER_RADIUS = 9;
    private static final double MARKER_TEXT = 11;
    /** Where along its link a note's number may go, as shares of the way: the middle first, its ends never. */
    private static final double[] ALONG_A_LINK = {0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75};
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
     * Draws each note's number beside its node (at the first of its corners that no placed label touches, upper left
     * first, away from the pin mark on the upper right) or on its link (at the middle, else along it where no label
     * is); where every such place touches a label, farther out on a leader line; notes on elements not in the scene
     * get no marker.
     */
    void markers(List<Annotation> annotations, GraphScene scene, Viewport viewport, Painter painter, List<ExportLabels.Placed> labels) {
        Map<String, SceneNode> nodes = scene.nodesById();
        // A node's reach as drawn (a triangle's corners reach farthest), and a pixel of air.
        List<double[]> discs = scene.nodes().stream().map(n -> new double[] {viewport.toScreenX(n.x()), viewport.toScreenY(n.y()),
                ScenePainter.MAX_SHAPE_REACH * ScenePainter.screenRadius(n, viewport) + 1}).toList();
        List<double[]> drawn = new ArrayList<>();
        for (Annotation a : annotations) {
            Target target = target(a.targetId(), nodes, scene, viewport);
            if (target == null) {
                continue;
            }
            // The first free place; where labels crowd every place, the one they cover least.
            double[] at = target.places().stream().filter(p -> !taken(drawn, p))
                    .min(Comparator.comparingDouble(p -> covered(labels, p))).orElse(target.places().get(0));
            double[] leader = null;
            if (covered(labels, at) > 0) {
                NoteLeader.Place far = NoteLeader.nearestFree(target.x(), target.y(), target.outline(), target.near(), MARKER_RADIUS,
                        viewport.width(), viewport.height(),
                        p -> taken(drawn, p) ? 1 : covered(labels, p) + NoteLeader.nodesCovered(discs, p, MARKER_RADIUS)
                                + crossed(labels, discs, target, p));
                if (far != null) {
                    at = new double[] {far.x(), far.y()};
                    leader = far.leader();
                }
            }
            // Two exchanges between the same people share a line: their numbers go side by side, not on top of each other.
            while (taken(drawn, at)) {
                at[0] += 2 * MARKER_RADIUS + 2;
            }
            drawn.add(at);
            if (leader != null) {
                painter.line(leader[0], leader[1], leader[2], leader[3], palette.label(), 0.8, 1, null);
            }
            painter.shape(NodeShape.CIRCLE, at[0], at[1], MARKER_RADIUS, palette.label(), palette.background(), 1.5, 1);
            painter.text(Integer.toString(a.number()), at[0], at[1] + MARKER_TEXT * 0.36, MARKER_TEXT, palette.background(), true,
                    TextAnchor.MIDDLE, -1);
        }
    }

    /** How much of the labels' boxes a marker at {@code at} would cover, a pixel of air around it included (0: none). */
    private static double covered(List<ExportLabels.Placed> labels, double[] at) {
        double reach = MARKER_RADIUS + 1;
        double sum = 0;
        for (ExportLabels.Placed label : labels) {
            double w = Math.min(at[0] + reach, label.left() + label.block().width()) - Math.max(at[0] - reach, label.left());
            double h = Math.min(at[1] + reach, label.top() + label.block().height()) - Math.max(at[1] - reach, label.top());
            sum += w > 0 && h > 0 ? w * h : 0;
        }
        return sum;
    }

    /**
     * How many points of the leader from the element to {@code at}, one every two pixels, lie on a label or on another
     * node (0: none).
     */
    private static int crossed(List<ExportLabels.Placed> labels, List<double[]> discs, Target target, double[] at) {
        double length = Math.hypot(at[0] - target.x(), at[1] - target.y());
        int crossed = 0;
        // From a number's width out: a link's middle often lies in a label's air, and its first pixels hide under the line.
        for (double d = Math.max(target.outline(), MARKER_RADIUS); d < length - MARKER_RADIUS; d += 2) {
            double x = target.x() + (at[0] - target.x()) * d / length;
            double y = target.y() + (at[1] - target.y()) * d / length;
            for (ExportLabels.Placed label : labels) {
                if (x >= label.left() && x <= label.left() + label.block().width() && y >= label.top()
                        && y <= label.top() + label.block().height()) {
                    crossed++;
                }
            }
            for (double[] disc : discs) {
                boolean own = Math.hypot(disc[0] - target.x(), disc[1] - target.y()) < 0.5;
                if (!own && Math.hypot(x - disc[0], y - disc[1]) < disc[2]) {
                    crossed++;
                }
            }
        }
        return crossed;
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

    /**
     * What a note is about on screen: the point (a node's centre, a link's middle), how far out its outline is, and
     * where its number may go beside it, in order of preference, at about {@code near} from the point.
     */
    private record Target(double x, double y, double outline, double near, List<double[]> places) {
    }

    /** What the note is about on screen; null for a note on the whole figure or on an element not in the scene. */
    private static Target target(String id, Map<String, SceneNode> nodes, GraphScene scene, Viewport viewport) {
        if (id == null) {
            return null;
        }
        SceneNode node = nodes.get(id);
        if (node != null) {
            double offset = node.radius() * viewport.scale() * 0.75 + MARKER_RADIUS * 0.7;
            double x = viewport.toScreenX(node.x());
            double y = viewport.toScreenY(node.y());
            List<double[]> places = new ArrayList<>();
            for (double[] corner : new double[][] {{-1, -1}, {-1, 1}, {1, 1}, {1, -1}}) {
                places.add(new double[] {x + corner[0] * offset, y + corner[1] * offset});
            }
            return new Target(x, y, node.radius() * viewport.scale(), offset * Math.sqrt(2), places);
        }
        for (SceneLink link : scene.links()) {
            SceneNode from = nodes.get(link.fromId());
            SceneNode to = nodes.get(link.toId());
            if (link.id().equals(id) && from != null && to != null) {
                double x1 = viewport.toScreenX(from.x());
                double y1 = viewport.toScreenY(from.y());
                double dx = viewport.toScreenX(to.x()) - x1;
                double dy = viewport.toScreenY(to.y()) - y1;
                List<double[]> places = new ArrayList<>();
                for (double t : ALONG_A_LINK) {
                    places.add(new double[] {x1 + t * dx, y1 + t * dy});
                }
                // Then beside the line, on either side.
                double off = (MARKER_RADIUS + 2) / Math.max(1, Math.hypot(dx, dy));
                for (double t : ALONG_A_LINK) {
                    places.add(new double[] {x1 + t * dx - dy * off, y1 + t * dy + dx * off});
                    places.add(new double[] {x1 + t * dx + dy * off, y1 + t * dy - dx * off});
                }
                return new Target(x1 + dx / 2, y1 + dy / 2, 0, MARKER_RADIUS + 2, places);
            }
        }
        return null;
    }
}
