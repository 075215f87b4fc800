package org.backchannel.app.graph;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.shape.Rectangle;
import org.backchannel.exploration.Exploration;
import org.backchannel.render.Viewport;

/**
 * Mouse and keyboard on the graph (hovering is {@link PointerHover}'s): drag the background to pan, wheel to zoom around the pointer,
 * click to select (shift adds), shift-drag on the background for a rubber band, drag a node to
 * move and pin it (alt-click unpins), double-click to expand, + − arrows 0 and Esc on the keyboard.
 */
final class CanvasGestures {

    private static final double WHEEL_STEP = 1.0015;
    private static final double KEY_ZOOM = 1.25;
    private static final double KEY_PAN = 60;

    private final GraphCanvas canvas;
    private final Exploration exploration;
    private final ExplorationLayout layout;
    private final Consumer<String> expand;
    private final Rectangle band = new Rectangle();
    private double lastX;
    private double lastY;
    private double pressX;
    private double pressY;
    private String dragged;
    private boolean banding;
    private boolean moved;

    CanvasGestures(GraphCanvas canvas, Exploration exploration, ExplorationLayout layout, Consumer<String> expand) {
        this.canvas = canvas;
        this.exploration = exploration;
        this.layout = layout;
        this.expand = expand;
    }

    void install() {
        band.getStyleClass().add("rubber-band");
        band.setManaged(false);
        band.setVisible(false);
        canvas.addOverlay(band);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            canvas.camera().zoomAt(Math.pow(WHEEL_STEP, e.getDeltaY()), e.getX(), e.getY(), canvas.getWidth(), canvas.getHeight());
            canvas.userMovedCamera();
            e.consume();
        });
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        // The tab pane around the canvas would take the focus back on the same press, and with it the keys (H, Delete, Esc).
        e.consume();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        lastX = e.getX();
        lastY = e.getY();
        pressX = e.getX();
        pressY = e.getY();
        moved = false;
        dragged = canvas.nodeAt(e.getX(), e.getY());
        banding = dragged == null && e.isShiftDown();
        if (dragged != null && e.getClickCount() == 2) {
            expand.accept(dragged);
            dragged = null;
        } else if (dragged != null && e.isAltDown()) {
            setPinned(dragged, false);
            dragged = null;
        }
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        moved |= Math.hypot(e.getX() - pressX, e.getY() - pressY) > 3;
        if (banding) {
            band.setVisible(true);
            band.setX(Math.min(pressX, e.getX()));
            band.setY(Math.min(pressY, e.getY()));
            band.setWidth(Math.abs(e.getX() - pressX));
            band.setHeight(Math.abs(e.getY() - pressY));
        } else if (dragged != null) {
            Viewport view = canvas.viewport();
            // A command (a step of the history) that the running layout also hears of.
            double x = view.toWorldX(e.getX());
            double y = view.toWorldY(e.getY());
            exploration.commands().move(dragged, x, y);
            layout.move(dragged, x, y, true);
        } else {
            canvas.camera().panBy(e.getX() - lastX, e.getY() - lastY);
            canvas.userMovedCamera();
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (banding) {
            band.setVisible(false);
            var inside = canvas.nodesIn(pressX, pressY, e.getX(), e.getY());
            if (moved) {
                exploration.addToSelection(inside);
            }
        } else if (!moved) {
            String hit = canvas.nodeAt(e.getX(), e.getY());
            if (hit != null) {
                exploration.select(hit, e.isShiftDown() || e.isShortcutDown());
            } else if (!e.isShiftDown()) {
                exploration.clearSelection();
            }
        }
        dragged = null;
        banding = false;
    }

    private void setPinned(String id, boolean pin) {
        exploration.commands().setPinned(id, pin);
        exploration.drawing().position(id).ifPresent(at -> layout.move(id, at.x(), at.y(), pin));
    }

    /** Hide (H), remove from the scene (Delete), keep only (K), pin or unpin (P) the selection: each one step. */
    private void editSelection(KeyCode key) {
        List<String> selected = List.copyOf(exploration.selection());
        if (selected.isEmpty()) {
            return;
        }
        switch (key) {
            case H -> exploration.commands().hide(selected);
            case K -> exploration.commands().keepOnly(selected);
            case P -> {
                boolean pin = !selected.stream().allMatch(exploration.drawing()::isPinned);
                exploration.commands().setPinned(selected, pin);
                selected.forEach(id -> exploration.drawing().position(id).ifPresent(at -> layout.move(id, at.x(), at.y(), pin)));
            }
            default -> exploration.commands().remove(selected);
        }
    }

    private void key(KeyEvent e) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> canvas.camera().zoomAt(KEY_ZOOM, w / 2, h / 2, w, h);
            case MINUS, SUBTRACT -> canvas.camera().zoomAt(1 / KEY_ZOOM, w / 2, h / 2, w, h);
            case LEFT -> canvas.camera().panBy(KEY_PAN, 0);
            case RIGHT -> canvas.camera().panBy(-KEY_PAN, 0);
            case UP -> canvas.camera().panBy(0, KEY_PAN);
            case DOWN -> canvas.camera().panBy(0, -KEY_PAN);
            case DIGIT0, NUMPAD0 -> {
                canvas.fit();
                e.consume();
                return;
            }
            case ESCAPE -> exploration.clearSelection();
            case H, DELETE, BACK_SPACE, K, P -> {
                editSelection(e.getCode());
                e.consume();
                return;
            }
            case L -> canvas.toggleLegend();
            default -> {
                return;
            }
        }
        if (e.getCode() != KeyCode.ESCAPE) {
            canvas.userMovedCamera();
        }
        e.consume();
    }
}
