package org.backchannel.app.timeline;

import javafx.animation.AnimationTimer;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.backchannel.app.graph.FrameStats;
import org.backchannel.app.graph.FxPainter;
import org.backchannel.render.Palette;
import org.backchannel.render.timeline.TimelineChart;
import org.backchannel.render.timeline.TimelineFrame;
import org.backchannel.render.timeline.TimelinePainter;
import org.backchannel.render.timeline.TimelinePicking;

/**
 * The timeline chart on one canvas, painted by the shared {@link TimelinePainter}. The gestures are the
 * graph's: drag to pan (in time, and down the lanes), wheel to zoom in time around the pointer, click to
 * select (shift adds), + − arrows 0 and Esc on the keyboard. Dragging along the time axis brushes a
 * stretch of time, which becomes the era filter. It draws on the next pulse after a change, and only then.
 */
final class TimelineCanvas extends Region {

    private static final double WHEEL_STEP = 1.0015;
    private static final double KEY_ZOOM = 1.25;
    private static final double KEY_PAN = 60;

    private final TimelineViewModel model;
    private final Canvas canvas = new Canvas();
    private final FxPainter painter = new FxPainter(canvas.getGraphicsContext2D());
    private final TimelinePainter chartPainter = new TimelinePainter(Palette.standard());
    private final Rectangle brush = new Rectangle();
    private final AnimationTimer pulse;
    private final FrameStats frameStats = new FrameStats("chart", "marks");
    private TimelineFrame frame;
    private boolean dirty = true;
    private boolean running;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean brushing;
    private boolean moved;

    TimelineCanvas(TimelineViewModel model) {
        this.model = model;
        getStyleClass().add("timeline-canvas");
        brush.getStyleClass().add("time-brush");
        brush.setManaged(false);
        brush.setVisible(false);
        brush.setMouseTransparent(true);
        getChildren().addAll(canvas, brush);
        setFocusTraversable(true);
        pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (dirty) {
                    dirty = false;
                    long started = System.nanoTime();
                    int marks = draw();
                    frameStats.frame(now, true, System.nanoTime() - started, marks);
                } else {
                    frameStats.frame(now, false, 0, 0);
                    stop();
                    running = false;
                }
            }
        };
        model.chartProperty().addListener((obs, old, now) -> fit());
        model.marksProperty().addListener((obs, old, now) -> redraw());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        TimelineChart chart = model.chartProperty().get();
        if (frame == null && chart != null) {
            fit();
        } else if (frame != null && (frame.width() != getWidth() || frame.height() != getHeight())) {
            frame = frame.resized(Math.max(1, getWidth()), Math.max(1, getHeight()));
            redraw();
        }
    }

    /** The whole axis across the width, from the first lane. */
    void fit() {
        TimelineChart chart = model.chartProperty().get();
        frame = chart == null ? null : TimelineFrame.fit(chart, Math.max(1, getWidth()), Math.max(1, getHeight()), painter);
        redraw();
    }

    /** Where the chart is drawn now, for tests and picking; null before the first chart. */
    TimelineFrame frame() {
        return frame;
    }

    private void redraw() {
        dirty = true;
        if (!running) {
            running = true;
            pulse.start();
        }
    }

    /** Returns how many marks it drew. */
    private int draw() {
        painter.clear(0xFF000000 | Palette.standard().background(), canvas.getWidth(), canvas.getHeight());
        TimelineChart chart = model.chartProperty().get();
        if (chart != null && frame != null) {
            return chartPainter.paint(chart, frame, model.marksProperty().get(), painter);
        }
        return 0;
    }

    private double maxScroll() {
        TimelineChart chart = model.chartProperty().get();
        return chart == null ? 0 : Math.max(0, TimelineFrame.contentHeight(chart) - getHeight() + 20);
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        // The tab pane around the chart would take the focus back on the same press, and with it the keys.
        e.consume();
        if (e.getButton() != MouseButton.PRIMARY || frame == null) {
            return;
        }
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        moved = false;
        brushing = pressY < TimelineFrame.AXIS_HEIGHT && pressX > frame.plotLeft();
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || frame == null) {
            return;
        }
        moved |= Math.hypot(e.getX() - pressX, e.getY() - pressY) > 3;
        if (brushing) {
            double x = Math.max(frame.plotLeft(), e.getX());
            brush.setVisible(true);
            brush.setX(Math.min(pressX, x));
            brush.setY(0);
            brush.setWidth(Math.abs(x - pressX));
            brush.setHeight(getHeight());
        } else {
            frame = frame.panBy(e.getX() - lastX, e.getY() - lastY, maxScroll());
            redraw();
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || frame == null) {
            return;
        }
        TimelineChart chart = model.chartProperty().get();
        if (brushing && moved) {
            brush.setVisible(false);
            double x = Math.max(frame.plotLeft(), e.getX());
            model.brush(TimelinePicking.dayAt(chart, frame, pressX), TimelinePicking.dayAt(chart, frame, x));
        } else if (!moved && chart != null) {
            model.select(TimelinePicking.at(chart, frame, e.getX(), e.getY()), e.isShiftDown() || e.isShortcutDown());
        }
        brushing = false;
    }

    private void scrolled(ScrollEvent e) {
        if (frame == null) {
            return;
        }
        if (e.isShiftDown()) {
            frame = frame.panBy(0, e.getDeltaY() + e.getDeltaX(), maxScroll());
        } else {
            frame = frame.zoomAt(Math.pow(WHEEL_STEP, e.getDeltaY()), Math.max(frame.plotLeft(), e.getX()));
        }
        redraw();
        e.consume();
    }

    private void key(KeyEvent e) {
        if (frame == null) {
            return;
        }
        double centre = (frame.plotLeft() + frame.plotRight()) / 2;
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> frame = frame.zoomAt(KEY_ZOOM, centre);
            case MINUS, SUBTRACT -> frame = frame.zoomAt(1 / KEY_ZOOM, centre);
            case LEFT -> frame = frame.panBy(KEY_PAN, 0, maxScroll());
            case RIGHT -> frame = frame.panBy(-KEY_PAN, 0, maxScroll());
            case UP -> frame = frame.panBy(0, KEY_PAN, maxScroll());
            case DOWN -> frame = frame.panBy(0, -KEY_PAN, maxScroll());
            case DIGIT0, NUMPAD0 -> fit();
            case ESCAPE -> model.select(null, false);
            default -> {
                return;
            }
        }
        redraw();
        e.consume();
    }
}
