package org.backchannel.app.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work at once on the calling thread, so view-model tests need no toolkit and no waiting. */
public final class SameThreadTasks implements BackgroundTasks {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void close() {
    }
}
