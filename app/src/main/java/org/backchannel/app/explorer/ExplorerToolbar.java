package org.backchannel.app.explorer;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.backchannel.app.edit.EditMenu;
import org.backchannel.app.graph.GraphCanvas;
import org.backchannel.app.look.Icons;
import org.backchannel.app.look.ViewMenu;
import org.backchannel.app.nodelook.NodeLookMenu;
import org.backchannel.app.search.SearchField;
import org.backchannel.app.overview.StoreOverviewViewModel;
import org.backchannel.app.session.SessionMenu;
import org.backchannel.exploration.LayoutMode;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** The main window's toolbar: the menus, search, the layout switch, fit, and the store and export buttons. */
final class ExplorerToolbar extends ToolBar {

    ExplorerToolbar(ExplorerPanes panes, GraphCanvas canvas, StoreOverviewViewModel store, SessionMenu file, Runnable onExport,
                    Runnable onConnect, Runnable onPerspective, Runnable onHelp) {
        ExplorerViewModel explorer = panes.explorer();
        Label title = new Label("Backchannel");
        title.getStyleClass().add("app-title");
        ToggleGroup layouts = new ToggleGroup();
        ToggleButton force = new ToggleButton("Network", Icons.of(MaterialDesignG.GRAPH_OUTLINE));
        force.setTooltip(new Tooltip("Force-directed layout (ForceAtlas2)"));
        ToggleButton timeline = new ToggleButton("By date", Icons.of(MaterialDesignC.CHART_TIMELINE_VARIANT));
        timeline.setId("layout-timeline");
        timeline.setTooltip(new Tooltip("Lay the network out left to right by date (the Timeline chart tab draws a lane per actor)"));
        force.setToggleGroup(layouts);
        timeline.setToggleGroup(layouts);
        force.setSelected(true);
        layouts.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            panes.exploration().commands().switchLayout(now == timeline ? LayoutMode.TIMELINE : LayoutMode.FORCE);
        });
        // An undone switch shows on the buttons.
        explorer.layoutModeProperty().addListener((obs, old, mode) -> (mode == LayoutMode.TIMELINE ? timeline : force).setSelected(true));
        Button relayout = new Button("Lay out", Icons.of(MaterialDesignR.RELOAD));
        relayout.setId("run-layout");
        relayout.setTooltip(new Tooltip("Run the layout again; an undo puts the nodes back"));
        relayout.setOnAction(e -> panes.exploration().commands().runLayout());
        Button fit = new Button("Fit", Icons.of(MaterialDesignF.FIT_TO_SCREEN));
        fit.setId("fit");
        fit.setTooltip(new Tooltip("Show the whole graph (0)"));
        fit.setOnAction(e -> canvas.fit());
        Button export = new Button("Export…", Icons.of(MaterialDesignE.EXPORT_VARIANT));
        export.setId("export");
        export.setTooltip(new Tooltip("Save the graph as PNG or SVG (Ctrl+E)"));
        export.setOnAction(e -> onExport.run());
        // Icons only for the two buttons at the far right, so that the toolbar fits a laptop's window.
        Button connect = new Button("", Icons.of(MaterialDesignD.DATABASE_COG));
        connect.setId("connect");
        connect.setTooltip(new Tooltip("Connection: switch between the embedded store and a Neo4j server"));
        connect.setOnAction(e -> onConnect.run());
        Button perspective = new Button("Perspective…", Icons.of(MaterialDesignM.MAP_LEGEND));
        perspective.setId("perspective");
        perspective.setTooltip(new Tooltip("How this database's labels, relationships and properties map onto Backchannel's model"));
        perspective.setOnAction(e -> onPerspective.run());
        // Only someone else's database is read through a perspective.
        perspective.visibleProperty().bind(store.perspectiveProperty().isNotNull());
        perspective.managedProperty().bind(perspective.visibleProperty());
        Button help = new Button("", Icons.of(MaterialDesignK.KEYBOARD_OUTLINE));
        help.setId("shortcuts");
        help.setTooltip(new Tooltip("Keyboard and mouse shortcuts"));
        help.setOnAction(e -> onHelp.run());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getItems().setAll(title, file, new SearchField(panes.search()), new EditMenu(panes.edit()), new ViewMenu(panes.look()),
                new NodeLookMenu(panes.nodeLook()),
                force, timeline, relayout, fit, spring, perspective, connect, export, help);
    }
}
