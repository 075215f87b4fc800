package org.backchannel.app.graph;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.backchannel.layout.Layout;
import org.backchannel.layout.LayoutGraph;
import org.backchannel.layout.LayoutState;

/**
 * Runs a layout on a background thread and hands finished steps to the UI as snapshots. The UI
 * thread never waits: each frame it takes the newest snapshot, if there is one. Moves the user
 * makes (dragging a node, which pins it) are queued and applied between steps.
 */
public final class LayoutRunner implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LayoutRunner.class);

    /** Node positions after some step, in the order of the ids the layout was started with. */
    public record Snapshot(List<String> ids, double[] xs, double[] ys, boolean settled) {
    }

    private record Move(int index, double x, double y, boolean pin) {
    }

    private static final int STEPS_PER_SNAPSHOT = 5;
    /** Steps after which a layout counts as settled even if it still moves a little. */
    public static final int MAX_STEPS = 3_000;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "backchannel-layout");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final BlockingQueue<Move> moves = new LinkedBlockingQueue<>();
    private Future<?> running;
    /** Counts starts and stops: a worker publishes only while its run is the current one. */
    private int generation;
    private List<String> ids = List.of();

    /** Starts laying out {@code nodeIds} (indices as in {@code graph}) from {@code state}, which it now owns. */
    public synchronized void start(List<String> nodeIds, LayoutGraph graph, Layout layout, LayoutState state) {
        stop();
        ids = List.copyOf(nodeIds);
        List<String> order = ids;
        moves.clear();
        int run = generation;
        running = worker.submit(() -> run(run, order, graph, layout, state));
    }

    /** Moves a node and pins it there (or unpins it); applied before the next step. */
    public synchronized void move(String id, double x, double y, boolean pin) {
        int index = ids.indexOf(id);
        if (index >= 0) {
            moves.add(new Move(index, x, y, pin));
        }
    }

    /** The newest snapshot not yet taken, or null. */
    public Snapshot poll() {
        return latest.getAndSet(null);
    }

    /** Stops the layout; a snapshot it made and nobody took is dropped, so that it cannot undo what comes next (an undo). */
    public synchronized void stop() {
        if (running != null) {
            running.cancel(true);
            running = null;
        }
        generation++;
        latest.set(null);
    }

    @Override
    public void close() {
        stop();
        worker.shutdownNow();
    }

    private void run(int run, List<String> order, LayoutGraph graph, Layout layout, LayoutState state) {
        long started = System.nanoTime();
        layout.init(graph, state);
        int steps = 0;
        boolean settled = false;
        while (!settled && !Thread.currentThread().isInterrupted()) {
            applyMoves(state);
            for (int i = 0; i < STEPS_PER_SNAPSHOT && !layout.converged(); i++) {
                layout.step();
                steps++;
            }
            settled = layout.converged() || steps >= MAX_STEPS;
            if (settled) {
                LOG.info("{} settled after {} steps in {} ms ({} nodes, {} edges; pauses between frames included)",
                        layout.getClass().getSimpleName(), steps, (System.nanoTime() - started) / 1_000_000,
                        graph.nodeCount(), graph.edgeCount());
            }
            publish(run, new Snapshot(order, state.xs().clone(), state.ys().clone(), settled));
            try {
                // About sixty snapshots a second is all a screen can show; the rest of the time is the UI's.
                Thread.sleep(settled ? 0 : 12);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        runMovesUntilStopped(run, order, state);
    }

    private synchronized void publish(int run, Snapshot snapshot) {
        if (run == generation) {
            latest.set(snapshot);
        }
    }

    /**
     * After the layout settles, keep honouring drags so that pinned positions reach the next start;
     * the thread waits for a drag rather than polling, so a settled graph costs no CPU.
     */
    private void runMovesUntilStopped(int run, List<String> order, LayoutState state) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Move move = moves.take();
                apply(move, state);
                applyMoves(state);
                publish(run, new Snapshot(order, state.xs().clone(), state.ys().clone(), true));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void applyMoves(LayoutState state) {
        Move move;
        while ((move = moves.poll()) != null) {
            apply(move, state);
        }
    }

    private static void apply(Move move, LayoutState state) {
        state.set(move.index(), move.x(), move.y());
        state.pin(move.index(), move.pin());
    }
}
