package org.backchannel.app.session;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.StartupClock;
import org.backchannel.app.task.BackgroundTasks;
import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.DrawingCacheMapping;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.ExplorationEvent;
import org.backchannel.exploration.Viewpoint;
import org.backchannel.session.DrawingCache;
import org.backchannel.session.DrawingCacheFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last session's picture, drawn from its drawing cache while the store starts: read-only (the
 * exploration records no step), until the store's graph replaces it. A missing, old or damaged cache
 * only means no early picture; the log says why.
 */
final class EarlyPicture {

    private static final Logger LOG = LoggerFactory.getLogger(EarlyPicture.class);

    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final Exploration exploration;
    private final BackgroundTasks tasks;
    private final Path sessionFile;
    private DrawingCache drawn;
    private boolean replaced;

    EarlyPicture(Exploration exploration, BackgroundTasks tasks, Path sessionFile) {
        this.exploration = exploration;
        this.tasks = tasks;
        this.sessionFile = sessionFile;
        // However the store's overview arrives, it ends the picture.
        exploration.addListener(event -> {
            if (event.cause() == ExplorationEvent.Cause.LOADED && event.touches(Aspect.SOURCES)) {
                replace();
            }
        });
    }

    ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /**
     * Reads the cache in the background and draws it, unless the store's graph came first; then runs
     * {@code then} (starting the store, whose start would otherwise take the two cores from the picture).
     */
    void read(Runnable then) {
        tasks.run(() -> new DrawingCacheFile().readBeside(sessionFile, why -> LOG.info("No early picture: {}", why)).orElse(null),
                cache -> {
                    draw(cache);
                    then.run();
                }, problem -> {
                    LOG.warn("The last session's picture could not be read", problem);
                    then.run();
                });
    }

    /** How the drawn nodes changed in the store since the picture was saved; empty when none was drawn. */
    List<String> changedIn(LoadedGraph loaded) {
        return LastSession.changed(drawn, loaded);
    }

    /** The store's graph takes the picture's place: commands work again. */
    void replace() {
        replaced = true;
        exploration.storeChanges().setReadOnly(false);
        showing.set(false);
    }

    private void draw(DrawingCache cache) {
        if (cache == null || replaced || exploration.graph().nodeCount() > 0) {
            return;
        }
        drawn = cache;
        exploration.storeChanges().showPicture(cache);
        Viewpoint camera = DrawingCacheMapping.viewpointOf(cache);
        if (camera != null) {
            exploration.lookAt(camera);
        }
        exploration.storeChanges().setReadOnly(true);
        showing.set(true);
        LOG.info("Last session's picture handed over ({} nodes) {}", cache.nodes().size(), StartupClock.sinceJvmStart());
    }
}
