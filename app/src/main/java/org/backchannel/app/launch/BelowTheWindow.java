package org.backchannel.app.launch;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Runs the store's start on a thread the OS schedules below the window's, so that the DBMS can start at launch
 * without taking the cores the last session's picture needs (decision 0034).
 *
 * <p>The thread belongs to a group whose maximum priority is {@link Thread#MIN_PRIORITY}. A thread takes its
 * group from the thread that makes it, and no thread gets a higher priority than its group allows, so every
 * thread the DBMS and its driver start from here (their schedulers, Bolt and Netty workers, page-cache flushers)
 * runs at the lowest Java priority too, for the life of the store. The run command and the app image map that
 * priority to nice 19 ({@code -XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=19}); without those
 * options Linux ignores Java priorities and this only moves the start to another thread.
 */
public final class BelowTheWindow {

    private static final ThreadGroup GROUP = lowest();

    private BelowTheWindow() {
    }

    /** Runs {@code work} on a lowest-priority thread and waits for it: its result, or what it threw. */
    public static <T> T call(Supplier<T> work) {
        FutureTask<T> task = new FutureTask<>(work::get);
        Thread thread = new Thread(GROUP, task, "backchannel-store-start");
        thread.setDaemon(true);
        thread.start();
        // As when the start ran on the caller's thread: an interrupt does not abandon a half-started DBMS (whoever
        // asked for it closes it), it is kept for the caller to see afterwards.
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            // Only unchecked throwables can come from a Supplier.
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw (Error) e.getCause();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static ThreadGroup lowest() {
        ThreadGroup group = new ThreadGroup("backchannel-store");
        group.setMaxPriority(Thread.MIN_PRIORITY);
        return group;
    }
}
