package org.backchannel.app.graph;

import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.backchannel.app.StartupClock;
import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.ExplorationEvent;
import org.backchannel.exploration.ExplorationEvent.Cause;
import org.backchannel.exploration.Point;
import org.backchannel.render.GraphScene;
import org.backchannel.render.PaintStats;
import org.backchannel.render.Palette;
import org.backchannel.render.ScenePainter;
import org.backchannel.render.ScenePicking;
import org.backchannel.render.Viewport;

/**
 * The graph, drawn on one {@link Canvas} (a scene-graph node per element stops being interactive
 * at a few thousand). It draws the {@link Exploration}: positions and pins live in its drawing
 * model, which the layout (run in the background after a command) writes into. It keeps only the
 * camera, and redraws only when something changed; gestures are turned into commands by
 * {@link CanvasGestures}. After an undo or a redo it runs no layout: the positions are put back.
 */
public final class GraphCanvas extends Region {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GraphCanvas.class);

    private final Exploration exploration;
    private final ExplorationLayout layout;
    private final Canvas canvas = new Canvas();
    private final CanvasPainting painting = new CanvasPainting(canvas.getGraphicsContext2D());
    private final Camera camera = new Camera();
    private final FrameClock clock = new FrameClock(this::frame);
    /** Frames without a layout step (panning, zooming, hovering), apart from those with one. */
    private final FrameStats frameStats = new FrameStats("frame", "links");
    private final FrameStats stepStats = new FrameStats("layout step", "links");
    private final StepPacer pacer = new StepPacer();
    private final PointerHover hover;
    private final SceneCache scenes;
    private final ViewMotion motion = new ViewMotion();
    private final ViewFollowing following = new ViewFollowing();
    private boolean dirty = true;
    private boolean showLegend = true;
    private boolean settled = true;
    private boolean firstDrawLogged;

    /** @param actions what a double-click and the node menu ask of the store and the path pane */
    public GraphCanvas(Exploration exploration, NodeActions actions) {
        this.exploration = exploration;
        this.layout = new ExplorationLayout(exploration);
        this.scenes = new SceneCache(exploration);
        hover = new PointerHover(this, exploration, scenes);
        getStyleClass().add("graph-canvas");
        getChildren().add(canvas);
        setFocusTraversable(true);
        canvas.widthProperty().addListener((obs, old, now) -> redraw());
        canvas.heightProperty().addListener((obs, old, now) -> redraw());
        exploration.addListener(this::follow);
        new CanvasGestures(this, exploration, layout, actions::expand).install();
        new NodeMenu(this, exploration, layout, actions).install();
        clock.request();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
    }

    /** Stops the layout thread and the frames; called when the window closes. */
    public void dispose() {
        clock.halt();
        layout.close();
    }

    /** Shows {@code card} beside the pointer, saying (through {@code hovering}) what lies under it. */
    public void showHoverCard(javafx.scene.layout.Region card, Hovering hovering) {
        addOverlay(card);
        hover.show(new HoverCardSlot(this, card, painting, area -> painting.coverageIn(scenes.last(), viewport(), area)), hovering);
    }

    void addOverlay(javafx.scene.Node overlay) {
        getChildren().add(overlay);
    }

    Camera camera() {
        return camera;
    }

    Viewport viewport() {
        return camera.viewport(canvas.getWidth(), canvas.getHeight());
    }

    /** The topmost visible node under a screen point, or null. */
    String nodeAt(double screenX, double screenY) {
        return ScenePicking.nodeAt(scenes.last(), viewport(), screenX, screenY);
    }

    /** Ids of the visible nodes inside a screen rectangle. */
    Set<String> nodesIn(double x1, double y1, double x2, double y2) {
        return ScenePicking.nodesIn(scenes.last(), viewport(), x1, y1, x2, y2);
    }

    void userMovedCamera() {
        following.moved();
        motion.cameraMoved();
        redraw();
    }

    void toggleLegend() {
        showLegend = !showLegend;
        redraw();
    }

    /** Draws with the theme's palette, and with links labelled with their type and date or not. */
    public void setLook(Palette palette, boolean linkLabels) {
        painting.setLook(palette, linkLabels);
        redraw();
    }

    /** Fits everything visible into the window, as large as it goes with every label inside and the legend clear. */
    public void fit() {
        ViewFit.Fitted fitted = painting.fit(scenes.current(), canvas.getWidth(), canvas.getHeight(), showLegend);
        if (fitted != null) {
            camera.fitted(fitted.view());
        }
        redraw();
    }

    /** Where a node is drawn, in this component's coordinates; null when it is not placed. */
    public javafx.geometry.Point2D screenPointOf(String id) {
        Point at = exploration.drawing().position(id).orElse(null);
        if (at == null) {
            return null;
        }
        Viewport view = viewport();
        return new javafx.geometry.Point2D(view.toScreenX(at.x()), view.toScreenY(at.y()));
    }

    /** How large a node was last drawn, in pixels (its size by the chosen measure, at this zoom); NaN when it was not drawn. */
    public double screenRadiusOf(String id) {
        return scenes.last().nodes().stream().filter(n -> n.id().equals(id)).findFirst()
                .map(n -> Math.max(ScenePainter.MIN_SCREEN_RADIUS, n.radius() * viewport().scale())).orElse(Double.NaN);
    }

    /** Whether frames are still being drawn; false when the picture is complete and nothing moves. */
    public boolean drawing() {
        return clock.running();
    }

    /** Whether the layout has settled (or was never started). */
    public boolean settled() {
        return settled;
    }

    private void redraw() {
        dirty = true;
        clock.request();
    }

    private void follow(ExplorationEvent event) {
        if (event.wantsLayout()) {
            following.layoutWanted(event, id -> exploration.visible().nodeIds().contains(id));
            settled = false;
            layout.start();
            scenes.invalidate();
            redraw();
            return;
        }
        boolean saved = event.cause() == Cause.RESTORED || event.cause() == Cause.REOPENED;
        if (event.cause() == Cause.UNDO || event.cause() == Cause.REDO || saved) {
            // The step puts positions back; a layout still running would move them. A restored session's unplaced nodes are laid out.
            settled = !layout.restartIfUnplaced(saved);
        }
        if (event.touches(Aspect.CAMERA) && exploration.viewpoint() != null) {
            following.restored();
            camera.lookAt(exploration.viewpoint());
            painting.placeLegendAnew();
        }
        if (event.touches(Aspect.FOCUS) && event.cause() != Cause.LOADED && event.cause() != Cause.REOPENED) {
            centreOn(exploration.focus());
        }
        if (event.cause() != Cause.LAYOUT) {
            scenes.follow(event);
            redraw();
        }
        if (event.touches(Aspect.NODE_ENCODING) || event.touches(Aspect.MEASURES)) {
            // The legend grew or shrank: a view that follows fits again; a moved one puts the legend where fewest nodes are.
            if (following.follows()) {
                fit();
            } else {
                painting.placeLegendAnew();
            }
        }
    }

    /** Draws what changed; answers whether another frame is wanted (a layout running, the view still moving). */
    private boolean frame(long now) {
        long began = System.nanoTime();
        Boolean layoutSettled = pacer.due(now) ? layout.takeStep() : null;
        if (layoutSettled != null) {
            settled = layoutSettled;
            scenes.invalidate();
            dirty = true;
            if (following.follows()) {
                fit();
            }
        }
        dirty |= motion.cameToRest(now);
        boolean drew = dirty;
        long started = System.nanoTime();
        int links = 0;
        if (dirty) {
            dirty = false;
            links = draw(motion.moving());
        }
        frameStats.frame(now, drew && layoutSettled == null, System.nanoTime() - started, links);
        stepStats.frame(now, drew && layoutSettled != null, System.nanoTime() - started, links);
        pacer.after(layoutSettled != null, now, began);
        return dirty || motion.moving() || !settled;
    }

    /** Draws a frame, with a sample of the links while the view moves; returns how many links it drew. */
    private int draw(boolean moving) {
        painting.clear(canvas.getWidth(), canvas.getHeight());
        GraphScene scene = scenes.drawn(camera.viewport(canvas.getWidth(), canvas.getHeight()).scale());
        if (!camera.knowsFit()) { // a saved view's zoom is told against a fit of what it shows
            camera.fitWouldBe(painting.fitScale(scenes.current(), canvas.getWidth(), canvas.getHeight(), showLegend));
        }
        PaintStats stats = painting.paint(scene, scenes.decoration(), viewport(), camera.zoom(), showLegend, moving);
        exploration.recordViewpoint(camera.viewpoint());
        if (!firstDrawLogged && !scene.nodes().isEmpty()) {
            firstDrawLogged = true;
            LOG.info("First graph drawn ({} nodes) {}", scene.nodes().size(), StartupClock.sinceJvmStart());
        }
        return stats.links();
    }

    /** Centres a node; its neighbours are now in the middle, so the legend goes to the corner fewest nodes are under. */
    private void centreOn(String id) {
        java.util.Optional.ofNullable(id).flatMap(exploration.drawing()::position).ifPresent(at -> {
            following.centred(id);
            camera.centreOn(at.x(), at.y());
            painting.placeLegendAnew();
            redraw();
        });
    }
}
