package org.backchannel.app.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.scene.canvas.GraphicsContext;
import org.backchannel.render.CrowdLayer;
import org.backchannel.render.GraphScene;
import org.backchannel.render.HighlightOverlay;
import org.backchannel.render.LabelRoom;
import org.backchannel.render.LegendContent;
import org.backchannel.render.LegendPainter;
import org.backchannel.render.LevelOfDetail;
import org.backchannel.render.PaintStats;
import org.backchannel.render.Palette;
import org.backchannel.render.SceneDecoration;
import org.backchannel.render.SceneNode;
import org.backchannel.render.ScenePainter;
import org.backchannel.render.ScenePicking;
import org.backchannel.render.TextAnchor;
import org.backchannel.render.Viewport;

/** Paints a frame of the graph canvas with the shared drawing code: background, scene, zoom and legend. */
final class CanvasPainting {

    private static final double LEGEND_INSET = 12;
    /** A legend taller than this share of the canvas lays its sections side by side. */
    private static final double TALL_LEGEND = 0.45;
    /** How much of the canvas's width those sections may take. */
    private static final double WIDE_LEGEND = 0.6;
    /** Pixels kept free around the fitted graph, its labels included. */
    private static final double FIT_MARGIN = 14;
    /** How far a node's disc reaches from its centre at most, in pixels, for the hover card's question. */
    private static final double DISC_REACH = 120;
    private static final LevelOfDetail SCREEN = new LevelOfDetail(200, 0, 28, 11, 40, 1_000, Integer.MAX_VALUE, 2_000);

    private final FxPainter painter;
    private Palette palette = Palette.standard();
    private boolean linkLabels;
    /** Labels whenever few enough nodes are on screen; the label painter already drops the ones that would overlap. */
    private ScenePainter scenePainter;
    /**
     * While the view moves, a sample of 10,000 links: a frame then takes well under 100 ms in the
     * software pipeline with 50,000 links loaded, and the whole graph is drawn once the view rests.
     */
    private ScenePainter movingPainter;
    private LegendPainter legendPainter;
    /** The crowd of a large scene, kept as pixels between frames while the view pans. */
    private final CrowdLayer crowd = new CrowdLayer();
    /** The selection and highlights over the scene and its crowd layer, so that neither is made again for a hover. */
    private final HighlightOverlay overlay = new HighlightOverlay();
    /** The legend's entries for {@link #legendScene}: worked out once per scene, not once per frame. */
    private LegendContent legendContent;
    private GraphScene legendScene;
    /** The width the legend's sections flow in (0: one column), as last worked out for a frame. */
    private double legendWidth;
    /** Where the legend goes: the corner the last fit left empty for it; null until a fit or a frame chose one. */
    private ViewFit.Corner legendCorner;
    /** What the last frame was painted with, and its legend's box (null: none): where its labels and legend are. */
    private ScenePainter lastPainter;
    private double[] lastLegend;
    private Runnable painted = () -> { };

    CanvasPainting(GraphicsContext context) {
        painter = new FxPainter(context);
        makePainters();
    }

    /** The theme's palette (the canvas's background, labels and links follow the window's theme), and link labels or not. */
    void setLook(Palette palette, boolean linkLabels) {
        this.palette = palette;
        this.linkLabels = linkLabels;
        makePainters();
    }

    private void makePainters() {
        scenePainter = new ScenePainter(palette, SCREEN, linkLabels);
        movingPainter = new ScenePainter(palette, SCREEN.withMaxCrowdLinks(10_000), linkLabels);
        lastPainter = scenePainter;
        legendPainter = new LegendPainter(palette);
        crowd.invalidate();
    }

    /** Told after each frame: what lies where on the canvas may have changed (a hovered node's neighbours named). */
    void afterEachPaint(Runnable then) {
        painted = then;
    }

    void clear(double width, double height) {
        painter.clear(0xFF000000 | palette.background(), width, height);
    }

    /** @param decoration the selection and highlights, drawn over {@code scene} (built without them) */
    PaintStats paint(GraphScene scene, SceneDecoration decoration, Viewport viewport, double zoom, boolean showLegend,
                     boolean moving) {
        LegendContent content = showLegend ? legendOf(scene) : null;
        boolean drawLegend = content != null && !content.isEmpty();
        if (drawLegend && legendCorner == null) {
            legendCorner = emptiestCorner(scene, viewport);
        }
        ViewFit.Corner legend = drawLegend ? legendCorner : ViewFit.Corner.NONE;
        double[] legendBox = null;
        if (drawLegend) {
            legendWidth = legendMaxWidth(content, viewport.width(), viewport.height());
            LegendPainter.Size size = legendPainter.measure(content, painter, legendWidth);
            double x = legend.right() ? viewport.width() - size.width() - LEGEND_INSET : LEGEND_INSET;
            double y = legend.top() ? LEGEND_INSET : viewport.height() - size.height() - LEGEND_INSET;
            legendBox = new double[] {x, y, size.width(), size.height()};
        }
        // No name goes under the legend, where it could not be read.
        lastPainter = moving ? movingPainter : scenePainter;
        lastLegend = legendBox;
        PaintStats stats = lastPainter.paint(scene, viewport, painter, legendBox, crowd, moving,
                overlay, decoration);
        boolean legendBottomLeft = drawLegend && !legend.right() && !legend.top();
        // The zoom goes to the bottom right when the legend takes the bottom left.
        painter.text(String.format("zoom %.0f %%", zoom * 100), legendBottomLeft ? viewport.width() - 10 : 10,
                viewport.height() - 10, 11, palette.label(), false, legendBottomLeft ? TextAnchor.END : TextAnchor.START,
                palette.labelHalo());
        if (legendBox != null) {
            legendPainter.paint(content, painter, legendBox[0], legendBox[1], legendWidth);
        }
        painted.run();
        return stats;
    }

    private LegendContent legendOf(GraphScene scene) {
        if (scene != legendScene) {
            legendScene = scene;
            legendContent = LegendContent.of(scene);
        }
        return legendContent;
    }

    /**
     * Where the canvas looks so that the scene fills it, as large as it goes with every label inside, and the
     * legend (when shown) in a corner the graph leaves empty, where frames draw it from then on; null for an
     * empty scene.
     */
    ViewFit.Fitted fit(GraphScene scene, double width, double height, boolean showLegend) {
        ViewFit.Fitted fitted = fitOf(scene, width, height, showLegend);
        if (fitted != null && showLegend) {
            legendCorner = fitted.legend();
        }
        return fitted;
    }

    /** The scale {@link #fit} would give, without placing the legend; NaN for an empty scene or canvas. */
    double fitScale(GraphScene scene, double width, double height, boolean showLegend) {
        ViewFit.Fitted fitted = width > 0 && height > 0 ? fitOf(scene, width, height, showLegend) : null;
        return fitted == null ? Double.NaN : fitted.view().scale();
    }

    private ViewFit.Fitted fitOf(GraphScene scene, double width, double height, boolean showLegend) {
        ViewFit.Corner legend = showLegend ? legendCorner(scene, width, height) : ViewFit.Corner.NONE;
        return new ViewFit(width, height, FIT_MARGIN, Camera.MAX_FIT_SCALE, ScenePainter.MIN_SCREEN_RADIUS).fit(footprints(scene), legend);
    }

    /** The view was set without a fit (a session's viewpoint): the next frame puts the legend where fewest nodes are. */
    void placeLegendAnew() {
        legendCorner = null;
    }

    private ViewFit.Corner emptiestCorner(GraphScene scene, Viewport viewport) {
        return LegendPlacement.emptiest(legendCorner(scene, viewport.width(), viewport.height()), footprints(scene), viewport,
                ScenePainter.MIN_SCREEN_RADIUS);
    }

    /** The corner the legend takes at the top right of the canvas, with its margins; none for an empty scene. */
    private ViewFit.Corner legendCorner(GraphScene scene, double width, double height) {
        LegendContent content = legendOf(scene);
        if (content.isEmpty()) {
            return ViewFit.Corner.NONE;
        }
        LegendPainter.Size size = legendPainter.measure(content, painter, legendMaxWidth(content, width, height));
        return new ViewFit.Corner(size.width() + 2 * LEGEND_INSET, size.height() + 2 * LEGEND_INSET, true, true);
    }

    /**
     * One column while the legend takes at most {@link #TALL_LEGEND} of the canvas's height; else its sections
     * side by side within {@link #WIDE_LEGEND} of the width, so that a full legend (every kind, channel type,
     * secrecy and kind of neutral link) does not take a whole side of a small canvas from the graph.
     */
    private double legendMaxWidth(LegendContent content, double width, double height) {
        return legendPainter.measure(content, painter).height() <= height * TALL_LEGEND ? 0 : width * WIDE_LEGEND;
    }

    /** What each node of the scene needs on screen, its label included, for fitting the view. */
    private List<ViewFit.Footprint> footprints(GraphScene scene) {
        LabelRoom room = new LabelRoom(SCREEN, painter);
        boolean crowded = room.crowded(scene);
        List<ViewFit.Footprint> prints = new ArrayList<>(scene.nodes().size());
        for (SceneNode node : scene.nodes()) {
            double half = room.halfWidth(node, crowded);
            prints.add(new ViewFit.Footprint(node.x(), node.y(), node.radius(), half, half > 0 ? room.below() : 0));
        }
        return prints;
    }

    /**
     * How many pixels a box in {@code area} (left, top, right, bottom on screen) would cover of what the last frame
     * drew: the nodes' discs, scored as for the legend's corner ({@link LegendPlacement#covered}), the names and link
     * labels where the frame placed them (above, below or beside their node), and the legend. Only nodes whose disc
     * may reach the area are looked at, so that a mouse move over a large scene makes few records.
     */
    ToDoubleFunction<double[]> coverageIn(GraphScene scene, Viewport viewport, double[] area) {
        List<ViewFit.Footprint> discs = new ArrayList<>();
        for (SceneNode node : ScenePicking.nodesWithin(scene, viewport, area[0] - DISC_REACH, area[1] - DISC_REACH,
                area[2] + DISC_REACH, area[3] + DISC_REACH)) {
            discs.add(new ViewFit.Footprint(node.x(), node.y(), node.radius(), 0, 0));
        }
        List<double[]> boxes = new ArrayList<>(lastPainter.labelBoxes());
        if (lastLegend != null) {
            boxes.add(lastLegend);
        }
        return box -> LegendPlacement.covered(box[0], box[1], box[2], box[3], discs, viewport, ScenePainter.MIN_SCREEN_RADIUS)
                + LegendPlacement.covered(box, boxes);
    }
}
