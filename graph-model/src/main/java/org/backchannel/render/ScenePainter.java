package org.backchannel.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Paints a {@link GraphScene} through a {@link Viewport} onto any {@link Painter}: the one piece of drawing
 * code behind the canvas, the PNG and the SVG. Links go first, then nodes, then labels, each in layers
 * (dimmed under plain under highlighted under selected) so that what the user is looking at stays on top.
 * Elements wholly outside the viewport are skipped; labels follow the {@link LevelOfDetail}.
 */
public final class ScenePainter {

    /** How far a highlighter band reaches beyond what it lights up, in pixels. */
    static final double HIGHLIGHT_BAND = 5;
    /** Nodes never shrink below this on screen, so that a zoomed-out graph still shows where they are. */
    public static final double MIN_SCREEN_RADIUS = 2;
    static final double NODE_STROKE = 1.2;
    private static final double RING_GAP = 3.5;
    private static final double RING_WIDTH = 2.5;
    /** How far the furthest outline reaches, in radii: the triangle's corners, at 1.56. */
    static final double MAX_SHAPE_REACH = 1.6;

    private final Palette palette;
    private final LevelOfDetail detail;
    private final boolean linkLabels;
    /** The boxes of the labels the last paint on screen drew. */
    private List<double[]> labelBoxes = List.of();

    public ScenePainter(Palette palette, LevelOfDetail detail) {
        this(palette, detail, false);
    }

    /** @param linkLabels whether links are labelled with what they are and when (see {@link SceneLink#label()}) */
    public ScenePainter(Palette palette, LevelOfDetail detail, boolean linkLabels) {
        this.palette = palette;
        this.detail = detail;
        this.linkLabels = linkLabels;
    }

    /** Paints the scene without clearing first, so that callers choose the background (or none). */
    public PaintStats paint(GraphScene scene, Viewport viewport, Painter painter) {
        return paint(scene, viewport, painter, (double[]) null);
    }

    /**
     * Paints the scene, with no label over the screen rectangle {@code keepClear} ({x, y, w, h}, or null):
     * where the caller draws its legend.
     */
    public PaintStats paint(GraphScene scene, Viewport viewport, Painter painter, double[] keepClear) {
        return paint(scene, viewport, painter, keepClear, null);
    }

    /**
     * Paints the scene for a screen that keeps {@code crowd} from frame to frame: the crowd of a large scene
     * as the layer's pixels (drawn again only when it no longer serves, see {@link CrowdLayer}), and over it,
     * fine, only the elements near the view that are not in it.
     *
     * @param moving the view is moving: a layer drawn now may hold a sample of the links
     */
    public PaintStats paint(GraphScene scene, Viewport viewport, Painter painter, double[] keepClear, CrowdLayer crowd,
                            boolean moving) {
        return paint(scene, viewport, painter, keepClear, crowd, moving, new HighlightOverlay(), SceneDecoration.NONE);
    }

    /**
     * As above for a scene built without selection and highlights, with {@code decoration} drawn over it by
     * {@code overlay}: the layer stays as it was, dimmed as a whole by a veil of the background when something is
     * highlighted, and the selected and highlighted elements are painted fine on top.
     */
    public PaintStats paint(GraphScene scene, Viewport viewport, Painter painter, double[] keepClear, CrowdLayer crowd,
                            boolean moving, HighlightOverlay overlay, SceneDecoration decoration) {
        CrowdLayer.Decision decision = crowd.prepare(scene, viewport, palette, detail, moving);
        GraphScene near = overlay.over(scene, crowd.near(), decoration);
        if (decision == CrowdLayer.Decision.FINE) {
            return paint(near, viewport, painter, keepClear, crowd.nearDegrees());
        }
        painter.raster(crowd.raster(), crowd.left(viewport), crowd.top(viewport), crowd.version());
        if (decoration.dims()) {
            // The veil leaves each layer pixel as a dimmed element over the background would be.
            painter.rect(0, 0, viewport.width(), viewport.height(), palette.background(), 1 - palette.dimmedAlpha() / 255.0, -1);
        }
        PaintStats fine = paint(near, viewport, painter, keepClear, crowd.nearDegrees());
        return new PaintStats(fine.nodes() + crowd.layerNodes(), fine.links() + crowd.layerLinks(), fine.labels());
    }

    /** @param knownDegrees each node's links when the caller knows them (over a larger scene than this one), or null */
    private PaintStats paint(GraphScene scene, Viewport viewport, Painter painter, double[] keepClear,
                             Map<String, Integer> knownDegrees) {
        int links = new LinkPainter(palette, detail).paint(scene, viewport, painter);
        List<SceneNode> visible = paintNodes(scene, viewport, painter);
        LabelPlacement placement = new LabelPlacement(viewport.width(), viewport.height());
        if (keepClear != null) {
            placement.reserve(keepClear[0], keepClear[1], keepClear[2], keepClear[3]);
        }
        Map<String, Integer> degrees = visible.size() > detail.maxLabelledNodes() ? Map.of()
                : knownDegrees != null ? knownDegrees : degrees(scene);
        int labels = new LabelPainter(palette, detail).paint(visible, degrees, viewport, painter, placement);
        if (linkLabels) {
            labels += new LinkLabelPainter(palette, detail).paint(scene, viewport, painter, placement);
        }
        labelBoxes = placement.placed();
        return new PaintStats(visible.size(), links, labels);
    }

    /** The boxes {x, y, w, h} of the names and link labels the last paint drew, on screen: the hover card keeps off them. */
    public List<double[]> labelBoxes() {
        return labelBoxes;
    }

    /**
     * For exports: paints the labels placed beforehand, which are never cut and whose left-out count the
     * caption gives, instead of the screen's; link labels, when asked for, take the room those leave.
     */
    PaintStats paint(GraphScene scene, Viewport viewport, Painter painter, ExportLabels labels) {
        int links = new LinkPainter(palette, detail).paint(scene, viewport, painter);
        List<SceneNode> visible = paintNodes(scene, viewport, painter);
        labels.paint(painter, palette);
        int painted = labels.placed().size();
        if (linkLabels) {
            LabelPlacement placement = new LabelPlacement(viewport.width(), viewport.height());
            for (ExportLabels.Placed placed : labels.placed()) {
                placement.reserve(placed.left(), placed.top(), placed.block().width(), placed.block().height());
            }
            painted += new LinkLabelPainter(palette, detail).paint(scene, viewport, painter, placement);
        }
        return new PaintStats(visible.size(), links, painted);
    }

    private List<SceneNode> paintNodes(GraphScene scene, Viewport viewport, Painter painter) {
        List<SceneNode> visible = visibleNodesInLayers(scene, viewport);
        boolean coarse = visible.size() > detail.maxFineNodes();
        for (SceneNode node : visible) {
            if (coarse && !node.selected() && !node.highlighted() && !node.pinned()) {
                paintCoarseNode(node, viewport, painter);
            } else {
                paintNode(node, viewport, painter);
            }
        }
        return visible;
    }

    LevelOfDetail detail() {
        return detail;
    }

    /** How many links of the scene each node has: the rank that decides which names win a crowded spot. */
    private static Map<String, Integer> degrees(GraphScene scene) {
        Map<String, Integer> degrees = new HashMap<>();
        for (SceneLink link : scene.links()) {
            degrees.merge(link.fromId(), 1, Integer::sum);
            degrees.merge(link.toId(), 1, Integer::sum);
        }
        return degrees;
    }

    /** A node's radius on screen. */
    static double screenRadius(SceneNode node, Viewport viewport) {
        return Math.max(MIN_SCREEN_RADIUS, node.radius() * viewport.scale());
    }

    private List<SceneNode> visibleNodesInLayers(GraphScene scene, Viewport viewport) {
        List<List<SceneNode>> layers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (SceneNode node : scene.nodes()) {
            double reach = screenRadius(node, viewport) * MAX_SHAPE_REACH + RING_GAP + RING_WIDTH;
            if (viewport.touches(viewport.toScreenX(node.x()), viewport.toScreenY(node.y()), reach, detail.cullMargin())) {
                int layer = node.selected() ? 3 : node.highlighted() ? 2 : node.dimmed() ? 0 : 1;
                layers.get(layer).add(node);
            }
        }
        List<SceneNode> visible = new ArrayList<>();
        layers.forEach(visible::addAll);
        return visible;
    }

    /** A filled square of the node's colour, as wide as its shape; see {@link LevelOfDetail#maxFineNodes()}. */
    private void paintCoarseNode(SceneNode node, Viewport viewport, Painter painter) {
        double r = screenRadius(node, viewport);
        double alpha = node.dimmed() ? palette.dimmedAlpha() / 255.0 : 1;
        painter.rect(viewport.toScreenX(node.x()) - r, viewport.toScreenY(node.y()) - r, 2 * r, 2 * r, fill(node), alpha, -1);
    }

    private void paintNode(SceneNode node, Viewport viewport, Painter painter) {
        double x = viewport.toScreenX(node.x());
        double y = viewport.toScreenY(node.y());
        double r = screenRadius(node, viewport);
        NodeShape shape = palette.shape(node.kind());
        double alpha = node.dimmed() && !node.selected() && !node.highlighted() ? palette.dimmedAlpha() / 255.0 : 1;
        if (node.highlighted()) {
            painter.shape(shape, x, y, r + HIGHLIGHT_BAND, palette.highlight(), -1, 0, 1);
        }
        painter.shape(shape, x, y, r, fill(node), stroke(node), NODE_STROKE, alpha);
        if (node.selected()) {
            painter.shape(shape, x, y, r + RING_GAP, -1, palette.selection(), RING_WIDTH, 1);
        }
        if (node.pinned()) {
            double pin = Math.max(2, r * 0.3);
            painter.shape(NodeShape.CIRCLE, x + r * 0.75, y - r * 0.75, pin, palette.label(), palette.background(), 1, alpha);
        }
    }

    /** Its community's colour when nodes are coloured by community, else its kind's. */
    private int fill(SceneNode node) {
        return node.community() >= 0 ? CommunityColours.fill(node.community()) : palette.nodeFill(node.kind(), node.group());
    }

    private int stroke(SceneNode node) {
        return node.community() >= 0 ? CommunityColours.stroke(node.community()) : palette.nodeStroke(node.kind(), node.group());
    }
}
