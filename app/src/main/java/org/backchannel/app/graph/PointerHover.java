package org.backchannel.app.graph;

import java.util.Set;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.HighlightSource;
import org.backchannel.render.LinkPicker;

/**
 * What lies under the pointer on the graph: a hovered node lights up with its neighbourhood, a hovered link
 * with its two ends, and the hover card (when the window gave one) says what it is, beside the pointer.
 * Made before the canvas listens to the exploration, so that a hovered element that went leaves no stale
 * highlight for the canvas to draw.
 */
final class PointerHover {

    /** A link is under the pointer this close to it, in pixels. */
    private static final double LINK_TOLERANCE = 4;

    private final GraphCanvas canvas;
    private final Exploration exploration;
    private final SceneCache scenes;
    private final LinkPicker links = new LinkPicker();
    private HoverCardSlot card;
    private Hovering hovering = Hovering.NOTHING;

    PointerHover(GraphCanvas canvas, Exploration exploration, SceneCache scenes) {
        this.canvas = canvas;
        this.exploration = exploration;
        this.scenes = scenes;
        exploration.addListener(event -> {
            if (event.changesVisible() && !exploration.highlights().of(HighlightSource.HOVER).isEmpty()) {
                // The hovered element may have gone (hidden, removed, undone): its highlight is stale until the pointer moves.
                leave();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> leave());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> hovering.none());
    }

    void show(HoverCardSlot slot, Hovering listener) {
        this.card = slot;
        this.hovering = listener;
    }

    private void moved(MouseEvent e) {
        String node = canvas.nodeAt(e.getX(), e.getY());
        String link = node == null
                ? links.linkAt(scenes.last(), scenes.decoration(), canvas.viewport(), e.getX(), e.getY(), LINK_TOLERANCE) : null;
        if (node != null) {
            exploration.highlight(HighlightSource.HOVER,
                    SceneBuilder.neighbourhood(exploration.graph(), exploration.visible(), node));
            hovering.node(node);
        } else if (link != null) {
            exploration.graph().link(link).ifPresent(l ->
                    exploration.highlight(HighlightSource.HOVER, Set.of(link, l.fromId(), l.toId())));
            hovering.link(link);
        } else {
            leave();
        }
        if (card != null) {
            card.place(e.getX(), e.getY());
        }
        canvas.setCursor(node == null ? Cursor.DEFAULT : Cursor.HAND);
    }

    private void leave() {
        exploration.highlight(HighlightSource.HOVER, Set.of());
        hovering.none();
    }
}
