package org.backchannel.app.explorer;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.console.QueryConsoleView;
import org.backchannel.app.details.DetailsView;
import org.backchannel.app.exchanges.ExchangesView;
import org.backchannel.app.filter.FilterView;
import org.backchannel.app.edit.EditMenu;
import org.backchannel.app.edit.HistoryView;
import org.backchannel.app.graph.GraphCanvas;
import org.backchannel.app.graph.NodeActions;
import org.backchannel.app.overview.StoreOverviewView;
import org.backchannel.app.overview.StoreOverviewViewModel;
import org.backchannel.app.path.PathView;
import org.backchannel.app.notes.NotesView;
import org.backchannel.app.search.SearchField;
import org.backchannel.app.session.SessionDialogs;
import org.backchannel.app.session.SessionMenu;
import org.backchannel.app.session.SessionNotice;
import org.backchannel.app.session.SessionViewModel;
import org.backchannel.exploration.LayoutMode;
import org.backchannel.model.GraphNode;

/**
 * The main window: search and tools on top, filters left, the graph in the middle, details right,
 * exchanges, paths and the store below, status at the bottom. It only composes the panes.
 */
public final class ExplorerView extends BorderPane {

    private final GraphCanvas canvas;

    public ExplorerView(ExplorerPanes panes, StoreOverviewViewModel store, SessionViewModel sessions, SessionDialogs dialogs,
                        Runnable onExport, Runnable onConnect, Runnable onHelp, javafx.scene.Node datasets, List<MenuItem> fileItems) {
        getStyleClass().add("explorer");
        ExplorerViewModel explorer = panes.explorer();
        TabPane below = new TabPane();
        canvas = new GraphCanvas(panes.exploration(), new NodeActions() {
            @Override
            public void expand(String nodeId) {
                explorer.expand(nodeId);
            }

            @Override
            public void findPathsFrom(String nodeId) {
                explorer.graphProperty().get().node(nodeId).ifPresent(panes.path().fromProperty()::set);
                below.getSelectionModel().select(1);
            }
        });
        canvas.setId("graph");

        SessionMenu file = new SessionMenu(sessions, dialogs);
        file.getItems().addAll(0, fileItems);
        setTop(toolbar(panes, file, onExport, onConnect, onHelp));

        ScrollPane filters = new ScrollPane(new FilterView(panes.filters()));
        filters.setFitToWidth(true);
        filters.setMinWidth(230);
        filters.setPrefWidth(250);

        DetailsView details = new DetailsView(panes.details(), new NotesView(panes.notes()));
        details.setMinWidth(260);
        details.setPrefWidth(340);

        below.getTabs().setAll(
                tab("Exchanges", new ExchangesView(panes.exchanges(), explorer::pickLink)),
                tab("Who reached whom", new PathView(panes.path(), () -> selectedNode(explorer))),
                tab("History", new HistoryView(panes.edit())),
                tab("Store", new StoreOverviewView(store)),
                tab("Datasets", datasets),
                tab("Query", new QueryConsoleView(panes.console())));
        below.setId("lower-tabs");
        below.setPrefHeight(230);

        SplitPane middle = new SplitPane(filters, centre(explorer, store, sessions), details);
        middle.setDividerPositions(0.18, 0.74);
        SplitPane.setResizableWithParent(filters, false);
        SplitPane.setResizableWithParent(details, false);
        SplitPane body = new SplitPane(middle, below);
        body.setOrientation(javafx.geometry.Orientation.VERTICAL);
        body.setDividerPositions(0.74);
        setCenter(body);

        Label status = new Label();
        status.setId("explorer-status");
        status.textProperty().bind(explorer.statusProperty());
        HBox bar = new HBox(status);
        bar.getStyleClass().add("status-bar");
        setBottom(bar);
    }

    public GraphCanvas canvas() {
        return canvas;
    }

    private ToolBar toolbar(ExplorerPanes panes, SessionMenu file, Runnable onExport, Runnable onConnect, Runnable onHelp) {
        ExplorerViewModel explorer = panes.explorer();
        Label title = new Label("Backchannel");
        title.getStyleClass().add("app-title");
        ToggleGroup layouts = new ToggleGroup();
        ToggleButton force = new ToggleButton("Network");
        force.setTooltip(new Tooltip("Force-directed layout (ForceAtlas2)"));
        ToggleButton timeline = new ToggleButton("Timeline");
        timeline.setId("layout-timeline");
        timeline.setTooltip(new Tooltip("Events and exchanges left to right by date"));
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
        Button relayout = new Button("Lay out");
        relayout.setId("run-layout");
        relayout.setTooltip(new Tooltip("Run the layout again; an undo puts the nodes back"));
        relayout.setOnAction(e -> panes.exploration().commands().runLayout());
        Button fit = new Button("Fit");
        fit.setTooltip(new Tooltip("Show the whole graph (0)"));
        fit.setOnAction(e -> canvas.fit());
        Button export = new Button("Export…");
        export.setId("export");
        export.setTooltip(new Tooltip("Save the graph as PNG or SVG (Ctrl+E)"));
        export.setOnAction(e -> onExport.run());
        Button connect = new Button("Connection…");
        connect.setId("connect");
        connect.setTooltip(new Tooltip("Switch between the embedded store and a Neo4j server"));
        connect.setOnAction(e -> onConnect.run());
        Button help = new Button("Shortcuts");
        help.setOnAction(e -> onHelp.run());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        return new ToolBar(title, file, new SearchField(panes.search()), new EditMenu(panes.edit()), force, timeline, relayout, fit, spring, connect,
                export, help);
    }

    private StackPane centre(ExplorerViewModel explorer, StoreOverviewViewModel store, SessionViewModel sessions) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(56, 56);
        Button stop = new Button("Stop loading");
        stop.setId("stop-loading");
        stop.setTooltip(new Tooltip("Stop waiting for the store; the graph on screen stays"));
        stop.setOnAction(e -> explorer.cancelLoading());
        stop.visibleProperty().bind(explorer.loadingProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        spinner.visibleProperty().bind(explorer.loadingProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        StoreStartingLabel starting = new StoreStartingLabel(store.busyProperty(), store.statusProperty());
        VBox progress = new VBox(8, starting, spinner, stop);
        progress.setAlignment(Pos.CENTER);
        progress.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        progress.visibleProperty().bind(explorer.loadingProperty().or(store.busyProperty()));
        Label problem = new Label();
        problem.setId("store-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("error");
        problem.textProperty().bind(store.errorProperty());
        Button retry = new Button("Try again");
        retry.setOnAction(e -> store.open());
        VBox banner = new VBox(8, problem, retry);
        banner.getStyleClass().add("banner");
        banner.setMaxHeight(Region.USE_PREF_SIZE);
        banner.visibleProperty().bind(store.errorProperty().isNotEmpty());
        StackPane.setAlignment(banner, Pos.TOP_CENTER);
        Label capped = new Label("More nodes than the scene cap: narrow the filters, or double-click a node to expand it.");
        capped.getStyleClass().add("banner");
        capped.visibleProperty().bind(explorer.cappedProperty());
        capped.managedProperty().bind(capped.visibleProperty());
        Label unprepared = new Label();
        unprepared.setId("unprepared-notice");
        unprepared.getStyleClass().add("banner");
        unprepared.textProperty().bind(store.noticeProperty());
        unprepared.visibleProperty().bind(store.noticeProperty().isNotEmpty());
        unprepared.managedProperty().bind(unprepared.visibleProperty());
        SessionNotice notice = new SessionNotice(sessions);
        VBox notices = new VBox(6, notice, unprepared, capped);
        notices.setAlignment(Pos.BOTTOM_CENTER);
        notices.setPickOnBounds(false);
        notices.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(notices, Pos.BOTTOM_CENTER);
        return new StackPane(canvas, progress, banner, lostBanner(explorer), notices);
    }

    /** Shown while the store does not answer; the graph stays usable underneath. */
    private static HBox lostBanner(ExplorerViewModel explorer) {
        Label text = new Label();
        text.setId("store-lost-message");
        text.setWrapText(true);
        text.textProperty().bind(explorer.health().messageProperty());
        Label reason = new Label();
        reason.setId("store-lost-reason");
        reason.setWrapText(true);
        reason.getStyleClass().add("banner-detail");
        reason.textProperty().bind(explorer.health().reasonProperty());
        Button retry = new Button("Try now");
        retry.setId("store-retry-now");
        retry.setMinWidth(Region.USE_PREF_SIZE);
        retry.setOnAction(e -> explorer.health().retryNow());
        VBox words = new VBox(4, text, reason);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox banner = new HBox(12, words, retry);
        banner.setId("store-lost");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("banner");
        banner.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        banner.visibleProperty().bind(explorer.health().lostProperty());
        StackPane.setAlignment(banner, Pos.TOP_CENTER);
        StackPane.setMargin(banner, new javafx.geometry.Insets(12, 0, 0, 0));
        return banner;
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    private static GraphNode selectedNode(ExplorerViewModel explorer) {
        LoadedGraph graph = explorer.graphProperty().get();
        if (graph == null || explorer.getSelection().size() != 1) {
            return null;
        }
        return graph.node(explorer.getSelection().iterator().next()).orElse(null);
    }

}
