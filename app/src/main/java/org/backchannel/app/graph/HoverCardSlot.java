package org.backchannel.app.graph;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.application.Platform;
import javafx.scene.layout.Region;

/**
 * Keeps the hover card beside the pointer and inside the canvas, on the side that covers least of the nodes and
 * names drawn there ({@link HoverCardPlacement}), and regrows it when its text changes.
 */
final class HoverCardSlot {

    /** Pointer to card, in pixels. */
    private static final double OFFSET = 16;
    private static final double MAX_WIDTH = 380;

    private final Region canvas;
    private final Region card;
    /** For an area {left, top, right, bottom} on screen, what a box in it would cover of what the canvas draws. */
    private final Function<double[], ToDoubleFunction<double[]>> drawnIn;
    private int side = -1;
    /** Where the pointer was when the card was last placed. */
    private double pointerX;
    private double pointerY;

    /** @param painting tells when a frame is drawn: hovering names the node's neighbours, and the card moves off them */
    HoverCardSlot(Region canvas, Region card, CanvasPainting painting, Function<double[], ToDoubleFunction<double[]>> drawnIn) {
        this.canvas = canvas;
        this.card = card;
        this.drawnIn = drawnIn;
        painting.afterEachPaint(() -> {
            if (card.isVisible()) {
                place(pointerX, pointerY);
            }
        });
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
        if (!card.isVisible()) {
            side = -1; // a new hover starts from the usual side
            return; // placed when it shows: its text changing lays it out again
        }
        // Its text wraps: the height follows from the width.
        double w = Math.min(card.prefWidth(-1), MAX_WIDTH);
        double h = card.prefHeight(w);
        card.resize(w, h);
        ToDoubleFunction<double[]> covered = drawnIn.apply(new double[] {x - OFFSET - w, y - OFFSET - h, x + OFFSET + w, y + OFFSET + h});
        HoverCardPlacement.Place place = HoverCardPlacement.place(x, y, w, h, canvas.getWidth(), canvas.getHeight(), OFFSET, side, covered);
        side = place.side();
        card.relocate(place.left(), place.top());
    }
}
