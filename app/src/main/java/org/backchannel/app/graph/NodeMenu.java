package org.backchannel.app.graph;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.backchannel.exploration.Exploration;
import org.backchannel.model.GraphNode;
import org.backchannel.model.NodeKind;
import org.backchannel.questions.ChannelPartners;

/**
 * The menu on a node: expand, hide, remove from the scene, pin or unpin; the questions about it (paths
 * from here, channels with another party or beside a channel, how an outcome came about or what the
 * node contributed to); copy the name.
 */
final class NodeMenu {

    private final GraphCanvas canvas;
    private final Exploration exploration;
    private final ExplorationLayout layout;
    private final NodeActions actions;
    /** Parties the "Channels with" submenu lists at most; the others are typed in the Channels tab. */
    private static final int MAX_PARTNERS = 10;

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
        GraphNode node = exploration.graph().node(id).orElse(null);
        String name = node == null ? id : node.name();
        List<MenuItem> items = new ArrayList<>(List.of(
                item("Expand", "menu-expand", () -> actions.expand(id)),
                item("Hide", "menu-hide", () -> exploration.commands().hide(List.of(id))),
                item("Remove from the scene", "menu-remove", () -> exploration.commands().remove(List.of(id))),
                item(pinned ? "Unpin" : "Pin", "menu-pin", () -> {
                    exploration.commands().setPinned(id, !pinned);
                    exploration.drawing().position(id).ifPresent(at -> layout.move(id, at.x(), at.y(), !pinned));
                }),
                new SeparatorMenuItem(),
                item("Find paths from here", "menu-paths", () -> actions.findPathsFrom(id))));
        items.addAll(questions(id, node == null ? null : node.kind()));
        items.add(item("Copy name", "menu-copy", () -> {
            ClipboardContent text = new ClipboardContent();
            text.putString(name);
            Clipboard.getSystemClipboard().setContent(text);
        }));
        return items;
    }

    private List<MenuItem> questions(String id, NodeKind kind) {
        List<MenuItem> items = new ArrayList<>();
        if (kind == NodeKind.ACTOR || kind == NodeKind.ORGANIZATION) {
            items.add(channelsWith(id));
        } else if (kind == NodeKind.CHANNEL) {
            items.add(item("Channels beside this one", "menu-channels", () -> actions.channelsWith(id)));
        }
        if (kind == NodeKind.OUTCOME) {
            items.add(item("How it came about", "menu-explain", () -> actions.explain(id)));
        } else if (kind != null) {
            items.add(item("Outcomes it contributed to", "menu-explain", () -> actions.explain(id)));
        }
        return items;
    }

    /**
     * "Channels with": the parties the data has channels with, most first, each asked at once; then anyone else,
     * typed in the Channels tab.
     */
    private Menu channelsWith(String id) {
        Menu menu = new Menu("Channels with");
        menu.setId("menu-channels");
        for (ChannelPartners.Partner partner : ChannelPartners.of(exploration.graph(), exploration.filter(), id, MAX_PARTNERS)) {
            GraphNode party = partner.party();
            menu.getItems().add(item(party.name() + " (" + partner.channels() + ")", "menu-channels-" + party.id(),
                    () -> actions.channelsBetween(id, party.id())));
        }
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().add(item("Someone else…", "menu-channels-other", () -> actions.channelsWith(id)));
        return menu;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
