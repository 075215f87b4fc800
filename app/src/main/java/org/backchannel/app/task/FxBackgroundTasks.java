package org.backchannel.app.task;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Work on daemon threads, results on the JavaFX application thread. */
public final class FxBackgroundTasks implements BackgroundTasks {

    private final ExecutorService executor;
    private final ScheduledExecutorService timer;

    public FxBackgroundTasks() {
        AtomicInteger count = new AtomicInteger();
        executor = Executors.newFixedThreadPool(2, r -> daemon(r, "backchannel-worker-" + count.incrementAndGet()));
        timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "backchannel-timer"));
    }

    @Override
    public <T> TaskHandle run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        // Read and written on the UI thread only: once cancel() returns, no callback runs.
        AtomicBoolean cancelled = new AtomicBoolean();
        Future<?> running = executor.submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Exception | Error e) {
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
        return () -> {
            cancelled.set(true);
            running.cancel(true);
        };
    }

    @Override
    public TaskHandle schedule(Duration delay, Runnable action) {
        AtomicBoolean cancelled = new AtomicBoolean();
        ScheduledFuture<?> pending = timer.schedule(() -> Platform.runLater(() -> {
            if (!cancelled.get()) {
                action.run();
            }
        }), delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> {
            cancelled.set(true);
            pending.cancel(false);
        };
    }

    @Override
    public void close() {
        timer.shutdownNow();
        executor.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }
}
