package org.backchannel.app.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.exploration.Exploration;
import org.backchannel.layout.DrawingLayout;

/**
 * Runs the layout over what the exploration shows, from the positions and pins of its drawing
 * model, and writes the layout's steps back into it. The moves belong to the step that asked for
 * the layout (an expansion, a filter), so undoing that step puts every node back.
 */
final class ExplorationLayout implements AutoCloseable {

    private final Exploration exploration;
    private final LayoutRunner runner = new LayoutRunner();

    ExplorationLayout(Exploration exploration) {
        this.exploration = exploration;
    }

    /** Lays out the visible graph again, in the background, starting from where nodes are. */
    void start() {
        LoadedGraph graph = exploration.graph();
        LayoutFactory.Prepared prepared = LayoutFactory.prepare(graph, exploration.visible(), exploration.filter().years());
        Map<String, double[]> positions = DrawnPositions.of(exploration.drawing());
        placeNewcomers(graph, prepared.ids(), positions);
        runner.start(prepared.ids(), prepared.graph(), LayoutFactory.create(exploration.layoutMode(), prepared, DrawingLayout.SEED),
                LayoutFactory.initialState(prepared.ids(), positions, exploration.drawing().pinned(), DrawingLayout.SEED));
    }

    /**
     * Stops the layout and, when asked, starts it again if some visible node has no position (a
     * restored session's nodes keep theirs).
     *
     * @return whether it started again
     */
    boolean restartIfUnplaced(boolean asked) {
        stop();
        boolean unplaced = asked && exploration.visible().nodeIds().stream().anyMatch(id -> exploration.drawing().position(id).isEmpty());
        if (unplaced) {
            start();
        }
        return unplaced;
    }

    /**
     * Writes the newest step of the layout into the drawing model.
     *
     * @return null when there was none, else whether the layout has settled
     */
    Boolean takeStep() {
        LayoutRunner.Snapshot snapshot = runner.poll();
        if (snapshot == null) {
            return null;
        }
        exploration.commands().place(snapshot.ids(), snapshot.xs(), snapshot.ys());
        return snapshot.settled();
    }

    /** Tells the running layout that the user moved (and pinned or unpinned) a node. */
    void move(String id, double x, double y, boolean pin) {
        runner.move(id, x, y, pin);
    }

    void stop() {
        runner.stop();
    }

    @Override
    public void close() {
        runner.close();
    }

    /** Nodes new to the drawing start beside their placed neighbours; their places are the step's, like the layout's moves. */
    private void placeNewcomers(LoadedGraph graph, List<String> ids, Map<String, double[]> positions) {
        Set<String> placed = Set.copyOf(positions.keySet());
        LayoutFactory.placeNewcomersBesideNeighbours(graph, ids, positions);
        List<String> newcomers = ids.stream().filter(id -> !placed.contains(id) && positions.containsKey(id)).toList();
        double[] xs = new double[newcomers.size()];
        double[] ys = new double[newcomers.size()];
        for (int i = 0; i < newcomers.size(); i++) {
            xs[i] = positions.get(newcomers.get(i))[0];
            ys[i] = positions.get(newcomers.get(i))[1];
        }
        exploration.commands().place(newcomers, xs, ys);
    }
}
