package org.backchannel.app.explorer;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backchannel.app.details.DetailsView;
import org.backchannel.app.filter.FilterView;
import org.backchannel.app.graphfile.GraphFileMenuItem;
import org.backchannel.app.graph.GraphCanvas;
import org.backchannel.app.graph.Hovering;
import org.backchannel.app.hover.HoverCard;
import org.backchannel.app.look.LookViewModel;
import org.backchannel.app.overview.StoreOverviewViewModel;
import org.backchannel.app.notes.NotesView;
import org.backchannel.app.session.SessionDialogs;
import org.backchannel.app.session.SessionMenu;
import org.backchannel.app.session.SessionNotice;
import org.backchannel.app.session.SessionViewModel;

/**
 * The main window: search and tools on top, filters left, the graph in the middle, details right,
 * exchanges, paths and the store below, status at the bottom. It only composes the panes.
 */
public final class ExplorerView extends BorderPane {

    private final GraphCanvas canvas;
    private final ViewTabs views;

    public ExplorerView(ExplorerPanes panes, StoreOverviewViewModel store, SessionViewModel sessions, SessionDialogs dialogs,
                        Runnable onExport, Runnable onConnect, Runnable onPerspective, Runnable onHelp, javafx.scene.Node datasets,
                        List<MenuItem> fileItems) {
        getStyleClass().add("explorer");
        ExplorerViewModel explorer = panes.explorer();
        LowerTabs below = new LowerTabs(panes, store, datasets);
        canvas = new GraphCanvas(panes.exploration(), below);
        canvas.setId("graph");
        canvas.showHoverCard(new HoverCard(panes.hover()),
                Hovering.of(panes.hover()::hoverNode, panes.hover()::hoverLink, panes.hover()::clear));
        LookViewModel look = panes.look();
        canvas.setLook(look.getTheme().palette(), look.isLinkLabels());
        look.themeProperty().addListener((obs, old, theme) -> canvas.setLook(theme.palette(), look.isLinkLabels()));
        look.linkLabelsProperty().addListener((obs, old, on) -> canvas.setLook(look.getTheme().palette(), on));

        SessionMenu file = new SessionMenu(sessions, dialogs);
        file.getItems().addAll(0, fileItems);
        file.getItems().addAll(new SeparatorMenuItem(), new GraphFileMenuItem(panes.graphFile()));
        panes.graphFile().messageProperty().addListener((obs, old, message) -> panes.explorer().report(message));
        ToolBar tools = new ExplorerToolbar(panes, canvas, store, file, onExport, onConnect, onPerspective, onHelp);
        setTop(tools);

        FilterView filterView = new FilterView(panes.filters(), panes.eras());
        filterView.pictureOnlyProperty().bind(sessions.previewingProperty());
        ScrollPane filters = new ScrollPane(filterView);
        filters.setFitToWidth(true);
        filters.setMinWidth(230);
        filters.setPrefWidth(250);

        DetailsView details = new DetailsView(panes.details(), new NotesView(panes.notes()));
        details.setMinWidth(260);
        details.setPrefWidth(340);

        SplitPane middle = new SplitPane(filters, centre(views = new ViewTabs(canvas, panes.timeline()), explorer, store, sessions), details);
        middle.setDividerPositions(0.18, 0.74);
        SplitPane.setResizableWithParent(filters, false);
        SplitPane.setResizableWithParent(details, false);
        // Under the picture, over the lower panes: above it, they would take the canvas's height (the saved view would
        // lose its top and bottom until the store answered), and over it they would cover the graph or its legend.
        PreviewBanner preview = new PreviewBanner(sessions.previewingProperty(), store.busyProperty(), store.errorProperty());
        VBox.setVgrow(below, Priority.ALWAYS);
        SplitPane body = new SplitPane(middle, new VBox(preview, new SessionNotice(sessions), below));
        body.setOrientation(javafx.geometry.Orientation.VERTICAL);
        body.setDividerPositions(0.74);
        setCenter(body);
        for (javafx.scene.Node needsStore : List.of(filters, details, below, tools)) {
            needsStore.disableProperty().bind(sessions.previewingProperty());
        }

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

    public org.backchannel.app.timeline.TimelineView timeline() {
        return views.timelineView();
    }

    private StackPane centre(TabPane views, ExplorerViewModel explorer, StoreOverviewViewModel store, SessionViewModel sessions) {
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
        progress.visibleProperty().bind(explorer.loadingProperty().or(store.busyProperty()).and(sessions.previewingProperty().not()));
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
        VBox notices = new VBox(6, unprepared, capped);
        notices.setAlignment(Pos.BOTTOM_CENTER);
        notices.setPickOnBounds(false);
        notices.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(notices, Pos.BOTTOM_CENTER);
        return new StackPane(views, progress, banner, lostBanner(explorer), notices);
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
}
