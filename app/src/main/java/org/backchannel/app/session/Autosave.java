package org.backchannel.app.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.backchannel.app.task.BackgroundTasks;
import org.backchannel.app.task.TaskHandle;
import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.DrawingCacheMapping;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.ExplorationEvent;
import org.backchannel.exploration.ExplorationSnapshot;
import org.backchannel.exploration.FrozenExploration;
import org.backchannel.exploration.SessionMapping;
import org.backchannel.exploration.Viewpoint;
import org.backchannel.session.DrawingCacheFile;
import org.backchannel.session.Session;
import org.backchannel.session.SessionFiles;
import org.backchannel.session.StoreIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves the exploration to a file a few seconds after it last changed, and on exit. The snapshot is
 * taken on the UI thread (immutable copies of the state's sets), the file is written in the
 * background; writes are serialised on one lock, as {@link SessionFiles} wants one writer per file.
 */
final class Autosave {

    private static final Logger LOG = LoggerFactory.getLogger(Autosave.class);

    private final Exploration exploration;
    private final BackgroundTasks tasks;
    private final Path file;
    private final Duration delay;
    private final Clock clock;
    private final Consumer<String> onFailure;
    /** Made on first use, on a worker thread: building the JSON writer loads Jackson, which the window's start cannot spare. */
    private SessionFiles files;
    private final Object writing = new Object();
    private StoreIdentity store;
    private boolean changed;
    /** A background write has been handed over and not finished: closing interrupts it, so the exit writes again. */
    private volatile boolean inFlight;
    /**
     * Where the view looked in the last state saved or reopened. Panning and zooming are recorded on every frame
     * without an event (they are not steps), so the exit compares the view with this to save a view moved alone.
     */
    private Viewpoint savedViewpoint;
    private TaskHandle pending = TaskHandle.DONE;

    Autosave(Exploration exploration, BackgroundTasks tasks, Path file, Duration delay, Clock clock, Consumer<String> onFailure) {
        this.exploration = exploration;
        this.tasks = tasks;
        this.file = file;
        this.delay = delay;
        this.clock = clock;
        this.onFailure = onFailure;
        exploration.addListener(this::follow);
    }

    Path file() {
        return file;
    }

    /** Starts saving the exploration as a session of {@code current}; until then (a session being restored) nothing is saved. */
    void enable(StoreIdentity current) {
        store = current;
        savedViewpoint = exploration.viewpoint();
        if (Files.isRegularFile(file) && !DrawingCacheFile.isCurrent(DrawingCacheFile.beside(file))) {
            // A session saved before pictures were kept, whose picture could not be written, or whose picture this version
            // cannot read (an older format): save it again, so that the next launch draws it early.
            changed = true;
            pending.cancel();
            pending = tasks.schedule(delay, this::saveInBackground);
        }
    }

    /** Stops saving: another store is being opened, whose overview must not overwrite this store's session. */
    void disable() {
        store = null;
        changed = false;
        pending.cancel();
    }

    /**
     * Saves now, on the calling thread, if anything changed since the last save (the view included), or the last
     * save is still being written (closing the background tasks interrupts it, which would lose it); for exit. The
     * write waits for one in flight to let go of the file.
     */
    void saveNowIfChanged() {
        pending.cancel();
        boolean viewMoved = !Objects.equals(exploration.viewpoint(), savedViewpoint);
        if (store != null && (changed || inFlight || viewMoved)) {
            changed = false;
            try {
                write(take());
            } catch (IOException e) {
                LOG.warn("The session could not be saved on exit", e);
            }
        }
    }

    /** Writes the exploration to another file (Save session as), in the background; the autosave goes on as before. */
    void saveCopy(Path copy, Consumer<Path> onSaved, Consumer<Throwable> onProblem) {
        Taken taken = take();
        tasks.run(() -> {
            files().save(taken.session(), copy);
            return copy;
        }, onSaved, onProblem);
    }

    private void follow(ExplorationEvent event) {
        if (store == null || !worthSaving(event)) {
            return;
        }
        changed = true;
        pending.cancel();
        pending = tasks.schedule(delay, this::saveInBackground);
    }

    /** Highlights follow the pointer; they are not saved. Everything else an event can touch is. */
    private static boolean worthSaving(ExplorationEvent event) {
        return event.aspects().stream().anyMatch(a -> a != Aspect.HIGHLIGHTS && a != Aspect.PICKED_LINK);
    }

    private void saveInBackground() {
        if (store == null || !changed) {
            return;
        }
        changed = false;
        Taken taken = take();
        inFlight = true;
        tasks.run(() -> {
            try {
                write(taken);
            } finally {
                inFlight = false;
            }
            return taken;
        }, saved -> LOG.debug("Session saved to {}", file), problem -> {
            LOG.warn("Autosave failed", problem);
            onFailure.accept(problem.getMessage());
        });
    }

    /**
     * Freezes the exploration on the UI thread, for the cost of what changed since the last save; its
     * cost is logged, as it is the only part the UI waits for. The snapshot and the picture are made
     * in the background.
     */
    private Taken take() {
        long started = System.nanoTime();
        FrozenExploration frozen = exploration.freeze();
        LOG.info("Session state of {} nodes taken on the UI thread in {} µs", exploration.graph().nodeCount(),
                (System.nanoTime() - started) / 1_000);
        savedViewpoint = exploration.viewpoint();
        return new Taken(frozen, savedViewpoint, store, clock.instant());
    }

    /** What the UI thread hands to the writer: immutable, so the mapping and the bytes are made in the background. */
    private record Taken(FrozenExploration frozen, Viewpoint viewpoint, StoreIdentity store, Instant at) {

        Session session(ExplorationSnapshot snapshot) {
            return SessionMapping.toSession(snapshot, viewpoint, store, at);
        }

        Session session() {
            return session(frozen.snapshot());
        }
    }

    /** The session and, beside it, the picture the next launch draws before the store answers. */
    private void write(Taken taken) throws IOException {
        synchronized (writing) {
            ExplorationSnapshot snapshot = taken.frozen().snapshot();
            files().save(taken.session(snapshot), DrawingCacheMapping.toCache(taken.frozen().drawn(), snapshot, taken.viewpoint()), file);
        }
    }

    private SessionFiles files() {
        synchronized (writing) {
            if (files == null) {
                files = new SessionFiles();
            }
            return files;
        }
    }
}
