package org.backchannel.app.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (store start, queries, imports) off the UI thread and hands the result back on
 * it. View-models depend on this interface only, so tests run them synchronously.
 */
public interface BackgroundTasks extends AutoCloseable {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    @Override
    void close();
}
