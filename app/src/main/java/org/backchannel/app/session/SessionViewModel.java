package org.backchannel.app.session;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.StartupClock;
import org.backchannel.app.connection.StoreHealth;
import org.backchannel.app.task.BackgroundTasks;
import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.ExplorationEvent;
import org.backchannel.exploration.ExplorationEvent.Cause;
import org.backchannel.exploration.ExplorationSnapshot;
import org.backchannel.exploration.SessionMapping;
import org.backchannel.model.Source;
import org.backchannel.session.Reconciliation;
import org.backchannel.session.Session;
import org.backchannel.session.SessionException;
import org.backchannel.session.SessionFiles;
import org.backchannel.session.SessionReader;
import org.backchannel.session.StoreIdentity;
import org.backchannel.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analyst's session: the last one is drawn from its picture while the store starts, then put over the
 * store's overview if it was saved on that store; from then on the exploration is saved a few seconds
 * after every change and on exit. What happened shows in one line until the analyst's next change.
 */
public final class SessionViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SessionViewModel.class);
    /** How long the exploration must stay unchanged before it is saved. */
    public static final Duration AUTOSAVE_DELAY = Duration.ofSeconds(3);
    static final String RESTORE_STEP = "open the last session";

    // Properties
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    private final Exploration exploration;
    private final StoreHealth health;
    private final BackgroundTasks tasks;
    private final Path lastFile;
    private final Autosave autosave;
    private final EarlyPicture early;
    /** The last session as read from its file, until it is restored or found to belong elsewhere. */
    private Session last;
    private boolean lastRead;
    private final StoreInUse opened;
    private boolean overviewLoaded;

    public SessionViewModel(Exploration exploration, StoreHealth health, BackgroundTasks tasks, Path lastFile, Clock clock) {
        this.exploration = exploration;
        this.health = health;
        this.tasks = tasks;
        this.lastFile = lastFile;
        this.autosave = new Autosave(exploration, tasks, lastFile, AUTOSAVE_DELAY, clock, notice::set);
        this.early = new EarlyPicture(exploration, tasks, lastFile);
        this.opened = new StoreInUse(autosave);
        exploration.addListener(this::follow);
    }

    /** One line on what the session did: reopened, and what the store no longer has; empty when there is nothing to say. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /**
     * True while the window shows the last session's picture, drawn before the store answered:
     * read-only, and marked as such, until the store's graph replaces it.
     */
    public ReadOnlyBooleanProperty previewingProperty() {
        return early.showingProperty();
    }

    // Commands

    /**
     * Called at launch: draws the last session's picture from its drawing cache, then runs {@code then}
     * (starting the store), and reads the session file, all in the background. A missing, old or damaged
     * cache only means no early picture (the log says why).
     */
    public void readLast(Runnable then) {
        early.read(then);
        tasks.run(() -> Files.isRegularFile(lastFile) || Files.isRegularFile(SessionFiles.backupOf(lastFile))
                ? new SessionFiles().open(lastFile) : null, opened -> {
                    lastRead = true;
                    if (opened != null) {
                        last = opened.session();
                        opened.note().ifPresent(notice::set);
                    }
                    restoreWhenReady();
                }, problem -> {
                    lastRead = true;
                    LOG.warn("The last session could not be read", problem);
                    notice.set(problem instanceof SessionException || problem instanceof NoSuchFileException
                            ? "Your last session could not be reopened: " + problem.getMessage() : "Your last session could not be reopened.");
                    restoreWhenReady();
                });
    }

    /**
     * What becomes of the opened store's overview: the last session of this store is put over it in
     * one go (no layout, no step: the history starts with it), checked against what the store has, and
     * the picture drawn before the store answered gives way to it without moving anything the analyst
     * placed. Otherwise the scene starts over with the overview.
     */
    public void useOverview(LoadedGraph overview, List<Source> sources) {
        Session session = last;
        if (!lastRead || session == null || opened.current() == null || !LastSession.sameStore(session, opened.current())) {
            early.replace();
            exploration.load(overview, sources);
            return;
        }
        last = null;
        ExplorationSnapshot snapshot = SessionMapping.toSnapshot(session);
        Set<String> notLoaded = new HashSet<>(snapshot.sceneNodeIds());
        notLoaded.removeIf(id -> overview.node(id).isPresent());
        GraphStore asked = opened.store();
        StoreIdentity identity = opened.comparedWith(session);
        health.query(() -> LastSession.fetch(asked, notLoaded, snapshot), more -> {
                    if (more != null) {
                        overview.add(more.nodes(), more.links());
                    }
                    Reconciliation found = LastSession.reconcile(session, identity, overview)
                            .withChanges(early.changedIn(overview), LastSession.added(session, overview));
                    early.replace();
                    exploration.storeChanges().reopen(overview, sources, LastSession.present(snapshot, found));
                    overviewLoaded = true;
                    putBack(session, "Reopened your last session", found);
                }, problem -> {
                    early.replace();
                    exploration.load(overview, sources);
                    notice.set("The session was not opened: the store did not answer.");
                });
    }

    /** A store was opened (its overview loads); its session restores once that is in, its digest may come later ({@link #identified}). */
    public void storeOpened(GraphStore openedStore, StoreIdentity identity) {
        opened.opened(openedStore, identity);
        overviewLoaded = false;
    }

    /** The open store's digest is read: saving starts, and a reopened session says if the store's data changed since. */
    public void identified(StoreIdentity identity) {
        opened.identified(identity).ifPresent(line -> notice.set(notice.get().isEmpty() ? line : notice.get() + " " + line));
    }

    /**
     * Opens a session file as one step ("open session NAME"); a file that cannot be read changes
     * nothing and the notice says why, naming the file, line, column and field. A session saved on
     * another store opens, and the notice says so and lists what this store does not have.
     */
    public void open(Path file) {
        if (!opened.isIdentified() || !overviewLoaded) {
            notice.set("A session can be opened once the store has answered.");
            return;
        }
        tasks.run(() -> new SessionReader().read(file), session -> restore(session, "open session " + file.getFileName(),
                "Opened " + file.getFileName()), problem -> notice.set(problem instanceof SessionException
                        ? problem.getMessage() : "The session " + file + " could not be opened: " + problem.getMessage()));
    }

    /** Saves the exploration to a named file, in the background; the notice says where. */
    public void saveAs(Path file) {
        if (!opened.isIdentified()) {
            notice.set("A session can be saved once the store has answered.");
            return;
        }
        autosave.saveCopy(file, saved -> notice.set("Saved the session to " + saved + "."),
                problem -> notice.set(problem.getMessage()));
    }

    public void dismissNotice() {
        notice.set("");
    }

    /** Saves now if anything changed; on exit, before the background threads stop. */
    public void close() {
        autosave.saveNowIfChanged();
    }

    private void follow(ExplorationEvent event) {
        if (event.cause() == Cause.COMMAND || event.cause() == Cause.UNDO || event.cause() == Cause.REDO) {
            notice.set(""); // The analyst has moved on; a line left over the canvas would only hide part of the graph.
        } else if (event.cause() == Cause.LOADED && event.touches(Aspect.SOURCES) && opened.current() != null) {
            overviewLoaded = true;
            // After every pane has heard of the load: the canvas starts its layout on it, which the restore must stop.
            tasks.schedule(Duration.ZERO, this::restoreWhenReady);
        }
    }

    private void restoreWhenReady() {
        if (!lastRead || !overviewLoaded) {
            return;
        }
        Session session = last;
        last = null;
        if (session == null) {
            opened.sessionDone(null);
            return;
        }
        if (!LastSession.sameStore(session, opened.current())) {
            notice.set("Your last session was saved on " + session.store().describe() + "; it was not reopened on "
                    + opened.current().describe() + ".");
            opened.sessionDone(null);
            return;
        }
        restore(session, RESTORE_STEP, "Reopened your last session");
    }

    /** Loads what the session names and the store has, then puts the session back as one step named {@code step}. */
    private void restore(Session session, String step, String done) {
        ExplorationSnapshot snapshot = SessionMapping.toSnapshot(session);
        Set<String> notLoaded = exploration.commands().notLoadedFrom(snapshot);
        GraphStore asked = opened.store();
        StoreIdentity identity = opened.comparedWith(session);
        health.query(() -> LastSession.fetch(asked, notLoaded, snapshot), more -> {
                    if (more != null) {
                        exploration.commands().addLoaded(more);
                    }
                    Reconciliation found = LastSession.reconcile(session, identity, exploration.graph());
                    exploration.commands().restore(step, LastSession.present(snapshot, found));
                    putBack(session, done, found);
                }, problem -> {
                    notice.set("The session was not opened: the store did not answer.");
                    opened.sessionDone(null);
                });
    }

    /** Once a session's state is back: where it looked, the line saying what was done, and the autosave takes it over. */
    private void putBack(Session session, String done, Reconciliation found) {
        if (session.camera() != null) {
            exploration.lookAt(SessionMapping.viewpointOf(session));
        }
        notice.set(LastSession.summary(done, session, found));
        LOG.info("Session reopened ({} nodes) {}", exploration.visible().nodeIds().size(), StartupClock.sinceJvmStart());
        opened.sessionDone(session);
    }
}
