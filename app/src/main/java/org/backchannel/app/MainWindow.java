package org.backchannel.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.backchannel.app.connection.ConnectionDialog;
import org.backchannel.app.connection.ConnectionViewModel;
import org.backchannel.app.connection.PreparationViewModel;
import org.backchannel.app.explorer.ExplorerPanes;
import org.backchannel.app.explorer.ExplorerView;
import org.backchannel.app.explorer.ExplorerViewModel;
import org.backchannel.app.datasets.DatasetsAfterOverview;
import org.backchannel.app.datasets.DatasetsView;
import org.backchannel.app.datasets.DatasetsViewModel;
import org.backchannel.app.datasets.ImportActions;
import org.backchannel.app.datasets.ImportTarget;
import org.backchannel.app.datasets.ImportViewModel;
import org.backchannel.app.edit.EditMenu;
import org.backchannel.app.export.ExportDialog;
import org.backchannel.app.overview.PerspectiveOpening;
import org.backchannel.app.look.LookSettings;
import org.backchannel.app.look.Theme;
import org.backchannel.app.overview.StoreOverviewViewModel;
import org.backchannel.app.perspective.PerspectiveDialog;
import org.backchannel.app.perspective.PerspectiveViewModel;
import org.backchannel.perspective.PerspectiveShelf;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.neo4j.PerspectiveStore;
import org.backchannel.app.task.BackgroundTasks;
import org.backchannel.app.task.FxBackgroundTasks;
import org.backchannel.app.session.SessionFileChooser;
import org.backchannel.app.session.SessionViewModel;
import org.backchannel.session.SessionFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the main window on a stage: the store's view-model, the explorer's, their views, the
 * shortcuts. The store it opens is given, so that tests can point it at a temporary store.
 */
public final class MainWindow implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private final BackgroundTasks tasks = new FxBackgroundTasks();
    private final StoreOverviewViewModel store;
    private final ExplorerPanes panes;
    private final ExplorerViewModel explorer;
    private final ExplorerView view;
    private final ExportDialog export;
    private final SessionViewModel sessions;
    private final DatasetsViewModel datasets;
    private final ImportViewModel importer;
    private final ImportActions imports;

    /** @param appHome where the last session is saved ({@code sessions/last.backchannel}) and connection settings live */
    public MainWindow(Stage stage, StoreOverviewViewModel.StoreOpener opener, Path appHome) {
        store = new StoreOverviewViewModel(tasks, opener, BundledDataset::load, new PerspectiveShelf(appHome));
        panes = new ExplorerPanes(tasks);
        new LookSettings(appHome).bind(panes.look());
        // Before the first control: a control class's first use otherwise parses JavaFX's own stylesheet (Modena),
        // which the theme's replaces at once (measured: a tenth of the window's CPU on the UI thread, profiled).
        Application.setUserAgentStylesheet(panes.look().getTheme().userAgentStylesheet());
        explorer = panes.explorer();
        sessions = new SessionViewModel(panes.exploration(), explorer.health(), tasks, SessionFiles.lastSession(appHome),
                Clock.systemUTC());
        explorer.useOverviewWith(sessions::useOverview);
        store.storeProperty().addListener((obs, old, opened) -> {
            if (opened != null) {
                // Read again through a perspective, the store keeps the identity it already has.
                sessions.storeOpened(opened, store.identity() != null ? store.identity() : store.place());
                explorer.open(opened);
            }
        });
        // The digest reads the whole store: the session reopens on the store's place without waiting for it.
        store.identityProperty().addListener((obs, old, identity) -> {
            if (identity != null) {
                sessions.identified(identity);
            }
        });
        export = new ExportDialog(stage, panes.exploration(), explorer, panes.timeline());
        ConnectionDialog connection = new ConnectionDialog(stage,
                new ConnectionViewModel(System.getenv(), appHome), store::switchTo,
                new PreparationViewModel(tasks, store::connected, store::prepared));
        SessionFileChooser sessionFiles = new SessionFileChooser(() -> stage, SessionFiles.lastSession(appHome).getParent());
        PerspectiveDialog perspectives = new PerspectiveDialog(stage);
        Runnable showPerspective = () -> showPerspective(perspectives);
        // A perspective just proposed for a database opened for the first time is shown for the user to correct.
        store.perspectiveProperty().addListener((obs, old, now) -> {
            // A perspective that reads no dates switches the era filter off, and the filter pane says why.
            panes.filters().applies().explainUndated(now == null || store.connected() == null ? ""
                    : store.connected().perspectiveStore().flatMap(PerspectiveStore::undatedReason).orElse(""));
            if (now != null && now.proposed()) {
                Platform.runLater(showPerspective);
            }
        });
        // What a perspective could not read (a date that does not parse, a name that is a number) is said once loaded.
        explorer.loadingProperty().addListener((obs, was, loading) -> {
            ConnectedStore connected = store.connected();
            if (!loading && connected != null) {
                connected.perspectiveStore().map(PerspectiveStore::valueNotice).ifPresent(store::addNotice);
            }
        });
        datasets = new DatasetsViewModel(tasks, () -> ImportTarget.of(store.connected()), panes.exploration());
        importer = new ImportViewModel(panes.exploration(), tasks, () -> ImportTarget.of(store.connected()), datasets::refresh);
        importer.succeededProperty().addListener((obs, old, done) -> {
            if (done) {
                explorer.report(importer.messageProperty().get());
            }
        });
        panes.exploration().addListener(new DatasetsAfterOverview(store.storeProperty()::get, datasets::refresh));
        imports = new ImportActions(stage, importer, tasks);
        view = new ExplorerView(panes, store, sessions, sessionFiles, export::show, connection::show, showPerspective,
                () -> Shortcuts.show(stage), new DatasetsView(datasets, imports::choose), List.of(imports.menuItem(), new SeparatorMenuItem()));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(1440, screen.getWidth() * 0.92), Math.min(900, screen.getHeight() * 0.92));
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("app.css")).toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> scene.lookup("#search").requestFocus());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), export::show);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), Platform::exit);
        // Ctrl+Z and Ctrl+Shift+Z are the Edit menu's own; Ctrl+Y is the other usual key for redo.
        scene.getAccelerators().put(EditMenu.REDO_TOO, panes.edit()::redo);
        applyTheme(scene, panes.look().getTheme());
        panes.look().themeProperty().addListener((obs, old, theme) -> applyTheme(scene, theme));
        imports.acceptDrops(scene);
        stage.setTitle("Backchannel");
        stage.setScene(scene);
    }

    private void showPerspective(PerspectiveDialog dialog) {
        PerspectiveOpening opening = store.perspectiveProperty().get();
        ConnectedStore connected = store.connected();
        if (opening == null || connected == null) {
            return;
        }
        dialog.show(new PerspectiveViewModel(opening.schema(), opening.perspective(), store::usePerspective), connected.address(),
                store.identity() == null ? "" : store.identity().database());
    }

    /** AtlantaFX styles every control through the user-agent stylesheet; our own sheet reads the theme's colours. */
    private static void applyTheme(Scene scene, Theme theme) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        scene.getRoot().pseudoClassStateChanged(DARK, theme.isDark());
    }

    /**
     * Reads the last session's picture and file, and starts opening the store once the picture is drawn
     * (its start would take both cores from it): the picture shows while the store starts, and is checked
     * against the store when it is ready.
     */
    public void open() {
        sessions.readLast(() -> AfterNextFrame.run(view.getScene(), () -> {
            LOG.info("First frame on screen {}", StartupClock.sinceJvmStart());
            store.open();
        }));
    }

    /** The last session, its autosave and the line on what it did. */
    public SessionViewModel sessions() {
        return sessions;
    }

    public ExplorerViewModel explorer() {
        return explorer;
    }

    /** Every pane's view-model, over the one exploration. */
    public ExplorerPanes panes() {
        return panes;
    }

    public StoreOverviewViewModel store() {
        return store;
    }

    public ExplorerView view() {
        return view;
    }

    public ExportDialog exportDialog() {
        return export;
    }

    /** Importing from the window: the menu, drops, the mapping dialog. */
    public ImportActions imports() {
        return imports;
    }

    public ImportViewModel importer() {
        return importer;
    }

    /** The Datasets tab's view-model. */
    public DatasetsViewModel datasets() {
        return datasets;
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        view.canvas().dispose();
        sessions.close();
        tasks.close();
        store.close();
        LOG.info("Closed in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
