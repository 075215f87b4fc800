package org.backchannel.app.task;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (store start, queries, imports) off the UI thread and hands the result back on
 * it. View-models depend on this interface only, so tests run them synchronously.
 */
public interface BackgroundTasks extends AutoCloseable {

    /** Runs work in the background; exactly one of the callbacks follows on the UI thread, unless the work is cancelled. */
    <T> TaskHandle run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs an action on the UI thread after a delay, unless cancelled first. */
    TaskHandle schedule(Duration delay, Runnable action);

    @Override
    void close();
}
