package org.backchannel.app.graph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.StartupClock;
import org.backchannel.app.explorer.ExplorerViewModel;
import org.backchannel.layout.DrawingLayout;
import org.backchannel.render.GraphScene;
import org.backchannel.render.PaintStats;
import org.backchannel.render.ScenePicking;
import org.backchannel.render.Viewport;

/**
 * The graph, drawn on one {@link Canvas} (a scene-graph node per element stops being interactive
 * at a few thousand). It keeps positions and the camera, runs the layout in the background and
 * redraws only when something changed; gestures are turned into calls by {@link CanvasGestures}.
 */
public final class GraphCanvas extends Region {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GraphCanvas.class);

    /** After the last pan or zoom the view counts as moving this long; then one full frame follows. */
    private static final long MOVING_NANOS = 150_000_000L;

    private final ExplorerViewModel explorer;
    private final Canvas canvas = new Canvas();
    private final CanvasPainting painting = new CanvasPainting(canvas.getGraphicsContext2D());
    private final LayoutRunner runner = new LayoutRunner();
    private final Camera camera = new Camera();
    private final Map<String, double[]> positions = new HashMap<>();
    private final Set<String> pinned = new HashSet<>();
    private final FrameClock clock = new FrameClock(this::frame);
    private final FrameStats frameStats = new FrameStats();
    private Set<String> hoverLight = Set.of();
    private GraphScene scene = new GraphScene(List.of(), List.of());
    private boolean dirty = true;
    /** The scene must be built again: panning and zooming only redraw it, which at 50,000 links saves most of a frame. */
    private boolean sceneStale = true;
    /** The user panned or zoomed since the last frame. */
    private boolean cameraMoved;
    /** When the user last panned or zoomed, in pulse nanoseconds. */
    private long cameraMovedAt;
    /** Within {@link #MOVING_NANOS} of the last pan or zoom: frames draw a sample of the links. */
    private boolean viewMoving;
    private boolean followLayout = true;
    private boolean showLegend = true;
    private boolean settled = true;
    private boolean firstDrawLogged;

    public GraphCanvas(ExplorerViewModel explorer) {
        this.explorer = explorer;
        getStyleClass().add("graph-canvas");
        getChildren().add(canvas);
        setFocusTraversable(true);
        canvas.widthProperty().addListener((obs, old, now) -> redraw());
        canvas.heightProperty().addListener((obs, old, now) -> redraw());
        explorer.visibleProperty().addListener((obs, old, now) -> relayout());
        explorer.layoutModeProperty().addListener((obs, old, now) -> {
            followLayout = true;
            relayout();
        });
        explorer.getSelection().addListener((javafx.collections.SetChangeListener<String>) c -> contentChanged());
        explorer.path().highlightedProperty().addListener((obs, old, now) -> contentChanged());
        explorer.pickedProperty().addListener((obs, old, now) -> contentChanged());
        explorer.notLoadedProperty().addListener((obs, old, now) -> contentChanged());
        explorer.focusProperty().addListener((obs, old, id) -> centreOn(id));
        new CanvasGestures(this, explorer).install();
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
        runner.close();
    }

    // What the gestures use

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
        return ScenePicking.nodeAt(scene, viewport(), screenX, screenY);
    }

    /** Ids of the visible nodes inside a screen rectangle. */
    Set<String> nodesIn(double x1, double y1, double x2, double y2) {
        return ScenePicking.nodesIn(scene, viewport(), x1, y1, x2, y2);
    }

    void hover(String nodeId) {
        LoadedGraph graph = explorer.graphProperty().get();
        Set<String> light = nodeId == null || graph == null
                ? Set.of()
                : SceneBuilder.neighbourhood(graph, explorer.visibleProperty().get(), nodeId);
        if (!light.equals(hoverLight)) {
            hoverLight = light;
            contentChanged();
        }
    }

    void moveNode(String id, double worldX, double worldY) {
        positions.put(id, new double[] {worldX, worldY});
        pinned.add(id);
        runner.move(id, worldX, worldY, true);
        contentChanged();
    }

    void unpin(String id) {
        pinned.remove(id);
        double[] at = positions.get(id);
        if (at != null) {
            runner.move(id, at[0], at[1], false);
        }
        contentChanged();
    }

    void userMovedCamera() {
        followLayout = false;
        cameraMoved = true;
        redraw();
    }

    void toggleLegend() {
        showLegend = !showLegend;
        redraw();
    }

    /** Fits everything visible into the window. */
    public void fit() {
        // Leave the legend's strip free, so that the graph is not drawn under it.
        double legendWidth = showLegend ? painting.legendWidth(scene) : 0;
        // A wide margin: labels hang below and beside the outermost nodes.
        camera.fit(visiblePositions(), Math.max(200, canvas.getWidth() - legendWidth), canvas.getHeight(), 90);
        camera.panBy(-legendWidth / 2, 0);
        redraw();
    }

    /** Where a node is drawn, in this component's coordinates; null when it is not placed. */
    public javafx.geometry.Point2D screenPointOf(String id) {
        double[] at = positions.get(id);
        if (at == null) {
            return null;
        }
        Viewport view = viewport();
        return new javafx.geometry.Point2D(view.toScreenX(at[0]), view.toScreenY(at[1]));
    }

    /** The newest frame-time summary when {@code backchannel.frameStats} is on, else empty. */
    String frameStatsSummary() {
        return frameStats.lastSummary();
    }

    /** Whether frames are still being drawn; false when the picture is complete and nothing moves. */
    public boolean drawing() {
        return clock.running();
    }

    /** Whether the layout has settled (or was never started). */
    public boolean settled() {
        return settled;
    }

    /** Positions of the visible nodes by id, for exports that lay out what the screen shows. */
    public Map<String, double[]> positions() {
        return Map.copyOf(positions);
    }

    public Set<String> pinnedNodes() {
        return Set.copyOf(pinned);
    }

    // Internals

    private void contentChanged() {
        sceneStale = true;
        redraw();
    }

    private void redraw() {
        dirty = true;
        clock.request();
    }

    private void relayout() {
        LoadedGraph graph = explorer.graphProperty().get();
        if (graph == null) {
            return;
        }
        LayoutFactory.Prepared prepared = LayoutFactory.prepare(graph, explorer.visibleProperty().get(),
                explorer.filters().filterProperty().get().years());
        LayoutFactory.placeNewcomersBesideNeighbours(graph, prepared.ids(), positions);
        settled = false;
        clock.request();
        runner.start(prepared.ids(), prepared.graph(), LayoutFactory.create(explorer.layoutModeProperty().get(), prepared, DrawingLayout.SEED),
                LayoutFactory.initialState(prepared.ids(), positions, pinned, DrawingLayout.SEED));
        contentChanged();
    }

    /** Draws what changed; answers whether another frame is wanted (a layout running, the view still moving). */
    private boolean frame(long now) {
        LayoutRunner.Snapshot snapshot = runner.poll();
        if (snapshot != null) {
            for (int i = 0; i < snapshot.ids().size(); i++) {
                positions.put(snapshot.ids().get(i), new double[] {snapshot.xs()[i], snapshot.ys()[i]});
            }
            if (followLayout) {
                fit();
            }
            settled = snapshot.settled();
            contentChanged();
        }
        if (cameraMoved) {
            cameraMoved = false;
            cameraMovedAt = now;
            viewMoving = true;
        } else if (viewMoving && now - cameraMovedAt >= MOVING_NANOS) {
            // The view came to rest: draw every link again.
            viewMoving = false;
            dirty = true;
        }
        boolean drew = dirty;
        long started = System.nanoTime();
        int links = 0;
        if (dirty) {
            dirty = false;
            links = draw(viewMoving);
        }
        frameStats.frame(now, drew, System.nanoTime() - started, links);
        return dirty || viewMoving || !settled;
    }

    /** Draws a frame, with a sample of the links while the view moves; returns how many links it drew. */
    private int draw(boolean moving) {
        LoadedGraph graph = explorer.graphProperty().get();
        painting.clear(canvas.getWidth(), canvas.getHeight());
        if (graph == null) {
            return 0;
        }
        Set<String> highlighted = !hoverLight.isEmpty() ? hoverLight
                : !explorer.pickedProperty().get().isEmpty() ? explorer.pickedProperty().get()
                : explorer.path().highlightedProperty().get();
        if (sceneStale) {
            sceneStale = false;
            scene = SceneBuilder.build(graph, explorer.visibleProperty().get(), positions, Set.copyOf(explorer.getSelection()),
                    pinned, highlighted, explorer.notLoadedProperty().get());
        }
        PaintStats stats = painting.paint(scene, viewport(), camera.zoom(), showLegend, moving);
        if (!firstDrawLogged && !scene.nodes().isEmpty()) {
            firstDrawLogged = true;
            LOG.info("First graph drawn ({} nodes) {}", scene.nodes().size(), StartupClock.sinceJvmStart());
        }
        return stats.links();
    }

    private void centreOn(String id) {
        double[] at = id == null ? null : positions.get(id);
        if (at != null) {
            followLayout = false;
            camera.centreOn(at[0], at[1]);
            redraw();
        }
    }

    private List<double[]> visiblePositions() {
        return explorer.visibleProperty().get().nodeIds().stream().map(positions::get).filter(p -> p != null).toList();
    }
}
