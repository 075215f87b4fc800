package org.backchannel.exploration;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.backchannel.exploration.ExplorationEvent.Cause;

/** Who hears of the exploration's changes; a listener may add or remove listeners while it is told. */
final class ExplorationListeners {

    private final List<ExplorationListener> listeners = new CopyOnWriteArrayList<>();

    void add(ExplorationListener listener) {
        listeners.add(listener);
    }

    void remove(ExplorationListener listener) {
        listeners.remove(listener);
    }

    void fire(Set<Aspect> changed, Cause cause) {
        fire(new ExplorationEvent(changed, cause));
    }

    void fire(ExplorationEvent event) {
        listeners.forEach(listener -> listener.changed(event));
    }
}
