package org.backchannel.exploration;

/** Told after each change to the exploration, on the thread that made it. */
@FunctionalInterface
public interface ExplorationListener {

    void changed(ExplorationEvent event);
}
