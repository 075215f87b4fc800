package org.backchannel.app.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work at once on the calling thread, so view-model tests need no toolkit and no waiting.
 * Scheduled actions wait until the test lets time pass with {@link #runScheduled()}.
 */
public final class SameThreadTasks implements BackgroundTasks {

    private record Scheduled(Duration delay, Runnable action, boolean[] cancelled) {
    }

    private final List<Scheduled> scheduled = new ArrayList<>();
    private boolean holding;

    /** From now on, background work is taken but never run: work still in flight when the window closes. */
    public void holdRuns() {
        holding = true;
    }

    @Override
    public <T> TaskHandle run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (holding) {
            return TaskHandle.DONE;
        }
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return TaskHandle.DONE;
        }
        onSuccess.accept(result);
        return TaskHandle.DONE;
    }

    @Override
    public TaskHandle schedule(Duration delay, Runnable action) {
        Scheduled entry = new Scheduled(delay, action, new boolean[1]);
        scheduled.add(entry);
        return () -> entry.cancelled()[0] = true;
    }

    /** The delays of the actions waiting now, in the order they were scheduled. */
    public List<Duration> pendingDelays() {
        return scheduled.stream().filter(s -> !s.cancelled()[0]).map(Scheduled::delay).toList();
    }

    /** Lets time pass: runs every action waiting now (not those they schedule in turn); returns how many ran. */
    public int runScheduled() {
        List<Scheduled> due = List.copyOf(scheduled);
        scheduled.clear();
        int ran = 0;
        for (Scheduled s : due) {
            if (!s.cancelled()[0]) {
                s.action().run();
                ran++;
            }
        }
        return ran;
    }

    @Override
    public void close() {
    }
}
