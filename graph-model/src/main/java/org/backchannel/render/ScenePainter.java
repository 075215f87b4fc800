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

    private static final double HIGHLIGHT_WIDEN = 1.6;
    private static final double HIGHLIGHT_BAND = 5;
    /** Nodes never shrink below this on screen, so that a zoomed-out graph still shows where they are. */
    public static final double MIN_SCREEN_RADIUS = 2;
    private static final double NODE_STROKE = 1.2;
    private static final double RING_GAP = 3.5;
    private static final double RING_WIDTH = 2.5;
    /** How far the furthest outline reaches, in radii: the triangle's corners, at 1.56. */
    private static final double MAX_SHAPE_REACH = 1.6;

    private final Palette palette;
    private final LevelOfDetail detail;
    private final boolean linkLabels;

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
        int links = paintLinks(scene, viewport, painter);
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
        return new PaintStats(visible.size(), links, labels);
    }

    /**
     * For exports: paints the labels placed beforehand, which are never cut and whose left-out count the
     * caption gives, instead of the screen's; link labels, when asked for, take the room those leave.
     */
    PaintStats paint(GraphScene scene, Viewport viewport, Painter painter, ExportLabels labels) {
        int links = paintLinks(scene, viewport, painter);
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

    private int paintLinks(GraphScene scene, Viewport viewport, Painter painter) {
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
        double x1 = viewport.toScreenX(from.x());
        double y1 = viewport.toScreenY(from.y());
        double x2 = viewport.toScreenX(to.x());
        double y2 = viewport.toScreenY(to.y());
        double margin = detail.cullMargin();
        return Math.max(x1, x2) >= -margin && Math.min(x1, x2) <= viewport.width() + margin
                && Math.max(y1, y2) >= -margin && Math.min(y1, y2) <= viewport.height() + margin;
    }

    private boolean paintLink(SceneLink link, SceneNode from, SceneNode to, Viewport viewport, LinkBatches batches) {
        if (!onScreen(from, to, viewport)) {
            return false;
        }
        double x1 = viewport.toScreenX(from.x());
        double y1 = viewport.toScreenY(from.y());
        double x2 = viewport.toScreenX(to.x());
        double y2 = viewport.toScreenY(to.y());
        LinkStyle style = palette.linkStyle(link.type(), link.channelType(), link.secrecy());
        int colour = style.rgb();
        double alpha = link.dimmed() && !link.highlighted() ? palette.dimmedAlpha() / 255.0 : 1;
        double width = style.width();
        if (link.highlighted()) {
            width *= HIGHLIGHT_WIDEN;
            batches.band(x1, y1, x2, y2, palette.highlight(), width + HIGHLIGHT_BAND);
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
        double reach = ShapeGeometry.boundaryDistance(palette.shape(to.kind()), screenRadius(to, viewport), angle + Math.PI)
                + NODE_STROKE;
        double size = 4 + 3 * width;
        if (length > reach + size) {
            batches.arrowHead(x2 - reach * Math.cos(angle), y2 - reach * Math.sin(angle), angle, size, colour, alpha);
        }
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
