package org.backchannel.app.session;

import java.util.List;
import java.util.function.BiConsumer;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.Source;

/**
 * Holds a newly opened store's overview until the store's identity is known, then hands it on. The identity's
 * content digest reads the whole store, so it is read beside the overview rather than before it; but which
 * session the overview reopens depends on it.
 */
public final class OverviewAfterIdentity {

    private final BiConsumer<LoadedGraph, List<Source>> use;
    private boolean waiting;
    private Runnable held;

    /** @param use what becomes of the overview (the session view-model's) */
    public OverviewAfterIdentity(BiConsumer<LoadedGraph, List<Source>> use) {
        this.use = use;
    }

    /** A store was opened: its overview waits for {@link #release} unless the identity is already {@code known}. */
    public void storeOpened(boolean known) {
        waiting = !known;
        held = null;
    }

    /** The overview of the open store (or a reload of it): used now, or once the identity is known. */
    public void use(LoadedGraph overview, List<Source> sources) {
        if (waiting) {
            held = () -> use.accept(overview, sources);
        } else {
            use.accept(overview, sources);
        }
    }

    /** The identity is known, or could not be read (then the overview is used without a session): what waited goes on. */
    public void release() {
        waiting = false;
        Runnable overview = held;
        held = null;
        if (overview != null) {
            overview.run();
        }
    }
}
