package org.backchannel.app.task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Work on daemon threads, results on the JavaFX application thread. */
public final class FxBackgroundTasks implements BackgroundTasks {

    private final ExecutorService executor;

    public FxBackgroundTasks() {
        AtomicInteger count = new AtomicInteger();
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "backchannel-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
