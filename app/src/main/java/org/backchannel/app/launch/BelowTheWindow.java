package org.backchannel.app.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
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
 * runs at the lowest Java priority too, for the life of the store. The run command maps that priority to nice 19
 * ({@code -XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=19}); without those options Linux ignores
 * Java priorities (the tests, a launch without them): then the work waits until the window's
 * first frame is on screen ({@link #windowDrawn()}), as every start did before, since a start beside the picture at
 * the same priority took the cores the picture needed.
 */
public final class BelowTheWindow {

    private static final ThreadGroup GROUP = lowest();
    private static final CountDownLatch DRAWN = new CountDownLatch(1);

    private BelowTheWindow() {
    }

    /** Runs {@code work} on a lowest-priority thread and waits for it: its result, or what it threw. */
    public static <T> T call(Supplier<T> work) {
        FutureTask<T> task = new FutureTask<>(() -> {
            if (!runningBelow()) {
                DRAWN.await();
            }
            return work.get();
        });
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
            // The supplier throws only unchecked throwables; the wait for the window, an interrupt nobody sends.
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("The store's start was interrupted", cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The window's first frame is on screen: work that could not run below it may start. */
    public static void windowDrawn() {
        DRAWN.countDown();
    }

    /**
     * Whether the calling thread runs below normal threads: on Linux its nice value (field 19 of
     * {@code /proc/thread-self/stat}) is above 0; Windows applies Java priorities without options; elsewhere (macOS
     * needs options this app does not give there) not known, so no.
     */
    static boolean runningBelow() {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return Thread.currentThread().getPriority() < Thread.NORM_PRIORITY;
        }
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            // The command name, in parentheses, may hold spaces: fields are counted after its closing parenthesis.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return Integer.parseInt(fields[16]) > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static ThreadGroup lowest() {
        ThreadGroup group = new ThreadGroup("backchannel-store");
        group.setMaxPriority(Thread.MIN_PRIORITY);
        return group;
    }
}
