package org.backchannel.app.graph;

import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.backchannel.exploration.Exploration;
import org.backchannel.model.GraphNode;

/** The menu on a node: expand, hide, remove from the scene, pin or unpin, find paths from here, copy the name. */
final class NodeMenu {

    private final GraphCanvas canvas;
    private final Exploration exploration;
    private final ExplorationLayout layout;
    private final NodeActions actions;
    private final ContextMenu menu = new ContextMenu();

    NodeMenu(GraphCanvas canvas, Exploration exploration, ExplorationLayout layout, NodeActions actions) {
        this.canvas = canvas;
        this.exploration = exploration;
        this.layout = layout;
        this.actions = actions;
        menu.setId("node-menu");
    }

    void install() {
        // A secondary click rather than the context-menu event: headless glass (Monocle) sends no such event.
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.SECONDARY) {
                return;
            }
            String id = canvas.nodeAt(e.getX(), e.getY());
            menu.hide();
            if (id != null) {
                if (!exploration.selection().contains(id)) {
                    exploration.select(id, false);
                }
                menu.getItems().setAll(itemsFor(id));
                menu.show(canvas, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
    }

    private List<MenuItem> itemsFor(String id) {
        boolean pinned = exploration.drawing().isPinned(id);
        String name = exploration.graph().node(id).map(GraphNode::name).orElse(id);
        return List.of(
                item("Expand", "menu-expand", () -> actions.expand(id)),
                item("Hide", "menu-hide", () -> exploration.commands().hide(List.of(id))),
                item("Remove from the scene", "menu-remove", () -> exploration.commands().remove(List.of(id))),
                item(pinned ? "Unpin" : "Pin", "menu-pin", () -> {
                    exploration.commands().setPinned(id, !pinned);
                    exploration.drawing().position(id).ifPresent(at -> layout.move(id, at.x(), at.y(), !pinned));
                }),
                new SeparatorMenuItem(),
                item("Find paths from here", "menu-paths", () -> actions.findPathsFrom(id)),
                item("Copy name", "menu-copy", () -> {
                    ClipboardContent text = new ClipboardContent();
                    text.putString(name);
                    Clipboard.getSystemClipboard().setContent(text);
                }));
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
