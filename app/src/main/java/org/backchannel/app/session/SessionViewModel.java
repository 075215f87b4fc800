package org.backchannel.app.session;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.backchannel.app.StartupClock;
import org.backchannel.app.connection.StoreHealth;
import org.backchannel.app.task.BackgroundTasks;
import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.ExplorationEvent;
import org.backchannel.exploration.ExplorationSnapshot;
import org.backchannel.exploration.SessionMapping;
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
 * The analyst's session: the last one is read while the store starts, restored (as one step of the
 * history) once the store's overview is loaded, if it was saved on that store; from then on the
 * exploration is saved a few seconds after every change and on exit. What happened shows in one line.
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
    private final SessionFiles files = new SessionFiles();
    private final SessionReader reader = new SessionReader();
    /** The last session as read from its file, until it is restored or found to belong elsewhere. */
    private Session last;
    private boolean lastRead;
    private StoreIdentity current;
    private GraphStore store;
    private boolean overviewLoaded;

    public SessionViewModel(Exploration exploration, StoreHealth health, BackgroundTasks tasks, Path lastFile, Clock clock) {
        this.exploration = exploration;
        this.health = health;
        this.tasks = tasks;
        this.lastFile = lastFile;
        this.autosave = new Autosave(exploration, tasks, lastFile, AUTOSAVE_DELAY, clock, notice::set);
        exploration.addListener(this::follow);
    }

    /** One line on what the session did: reopened, and what the store no longer has; empty when there is nothing to say. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    // Commands

    /** Reads the last session in the background; called at launch, while the store starts. */
    public void readLast() {
        tasks.run(() -> Files.isRegularFile(lastFile) || Files.isRegularFile(SessionFiles.backupOf(lastFile))
                ? files.open(lastFile) : null, opened -> {
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

    /** A store was opened (its overview is loading); its session restores once the overview is in. */
    public void storeOpened(GraphStore opened, StoreIdentity identity) {
        store = opened;
        current = identity;
        overviewLoaded = false;
        autosave.disable();
    }

    /**
     * Opens a session file as one step ("open session NAME"); a file that cannot be read changes
     * nothing and the notice says why, naming the file, line, column and field. A session saved on
     * another store opens, and the notice says so and lists what this store does not have.
     */
    public void open(Path file) {
        if (current == null || !overviewLoaded) {
            notice.set("A session can be opened once the store has answered.");
            return;
        }
        tasks.run(() -> reader.read(file), session -> restore(session, "open session " + file.getFileName(),
                "Opened " + file.getFileName()), problem -> notice.set(problem instanceof SessionException
                        ? problem.getMessage() : "The session " + file + " could not be opened: " + problem.getMessage()));
    }

    /** Saves the exploration to a named file, in the background; the notice says where. */
    public void saveAs(Path file) {
        if (current == null) {
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
        if (event.cause() == ExplorationEvent.Cause.LOADED && event.touches(Aspect.SOURCES) && current != null) {
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
            autosave.enable(current);
            return;
        }
        if (!sameStore(session)) {
            notice.set("Your last session was saved on " + session.store().describe() + "; it was not reopened on "
                    + current.describe() + ".");
            autosave.enable(current);
            return;
        }
        restore(session, RESTORE_STEP, "Reopened your last session");
    }

    /** Loads what the session names and the store has, then puts the session back as one step named {@code step}. */
    private void restore(Session session, String step, String done) {
        ExplorationSnapshot snapshot = SessionMapping.toSnapshot(session);
        Set<String> notLoaded = exploration.commands().notLoadedFrom(snapshot);
        GraphStore asked = store;
        Set<String> links = snapshot.sceneLinkIds();
        health.query(() -> notLoaded.isEmpty() ? null : LastSession.fetch(asked, notLoaded, links, Exploration.DEFAULT_SCENE_CAP),
                more -> {
                    if (more != null) {
                        exploration.commands().addLoaded(more);
                    }
                    Reconciliation found = LastSession.reconcile(session, current, exploration.graph());
                    exploration.commands().restore(step, LastSession.present(snapshot, found));
                    if (session.camera() != null) {
                        exploration.lookAt(SessionMapping.viewpointOf(session));
                    }
                    notice.set(LastSession.summary(done, session, found));
                    LOG.info("Session reopened ({} nodes) {}", exploration.visible().nodeIds().size(), StartupClock.sinceJvmStart());
                    autosave.enable(current);
                }, problem -> {
                    notice.set("The session was not opened: the store did not answer.");
                    autosave.enable(current);
                });
    }

    private boolean sameStore(Session session) {
        return LastSession.sameStore(session, current);
    }
}
