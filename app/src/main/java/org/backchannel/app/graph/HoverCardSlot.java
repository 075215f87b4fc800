package org.backchannel.app.graph;

import javafx.application.Platform;
import javafx.scene.layout.Region;

/** Keeps the hover card beside the pointer and inside the canvas, and regrows it when its text changes. */
final class HoverCardSlot {

    /** Pointer to card, in pixels. */
    private static final double OFFSET = 16;
    private static final double MAX_WIDTH = 380;

    private final Region canvas;
    private final Region card;
    /** Where the pointer was when the card was last placed. */
    private double pointerX;
    private double pointerY;

    HoverCardSlot(Region canvas, Region card) {
        this.canvas = canvas;
        this.card = card;
        card.setManaged(false);
        card.setMouseTransparent(true);
        // A quote arrives after the card showed: it grows where it is.
        card.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (needs) {
                Platform.runLater(() -> place(pointerX, pointerY));
            }
        });
    }

    void place(double x, double y) {
        pointerX = x;
        pointerY = y;
        // Its text wraps: the height follows from the width.
        double w = Math.min(card.prefWidth(-1), MAX_WIDTH);
        double h = card.prefHeight(w);
        card.resize(w, h);
        double left = x + OFFSET + w <= canvas.getWidth() ? x + OFFSET : Math.max(0, x - OFFSET - w);
        double top = y + OFFSET + h <= canvas.getHeight() ? y + OFFSET : Math.max(0, y - OFFSET - h);
        card.relocate(left, top);
    }
}
