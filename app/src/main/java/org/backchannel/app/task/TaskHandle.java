package org.backchannel.app.task;

/** A piece of background work or a scheduled action that can be called off. */
@FunctionalInterface
public interface TaskHandle {

    /** Nothing to call off: the work has finished already. */
    TaskHandle DONE = () -> { };

    /**
     * Calls the work off: its result, if it still comes, is dropped. Work blocked on the store is
     * interrupted, and the Neo4j driver answers an interrupt by closing the connection, which ends the
     * transaction on the server too.
     */
    void cancel();
}
