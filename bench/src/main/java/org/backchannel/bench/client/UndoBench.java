package org.backchannel.bench.client;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.bench.report.Format;
import org.backchannel.bench.report.Results;
import org.backchannel.bench.report.Samples;
import org.backchannel.exploration.Exploration;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.store.Subgraph;

/**
 * Undo and redo of an expansion of 50 nodes on a scene of the whole dataset less those 50, after a
 * layout moved every node (so the step holds a position per scene node, the worst case). The
 * exploration is given the store's answer once; undo and redo never ask again.
 */
public final class UndoBench {

    static final int EXPANDED = 50;
    private static final int WARMUPS = 3;
    private static final int RUNS = 20;

    private final Results results;

    public UndoBench(Results results) {
        this.results = results;
    }

    public void measure(String graphName, Dataset dataset) {
        GraphNode hub = hub(dataset);
        List<GraphLink> hubLinks = new ArrayList<>();
        Set<String> newcomers = new HashSet<>();
        for (GraphLink link : dataset.links()) {
            String other = link.fromId().equals(hub.id()) ? link.toId() : link.toId().equals(hub.id()) ? link.fromId() : null;
            if (other != null && !other.equals(hub.id()) && (newcomers.size() < EXPANDED || newcomers.contains(other))) {
                newcomers.add(other);
                hubLinks.add(link);
            }
        }
        if (newcomers.size() < EXPANDED) {
            throw new IllegalStateException("the best-linked node, " + hub.id() + ", has only " + newcomers.size() + " neighbours");
        }
        List<GraphNode> rest = dataset.nodes().stream().filter(n -> !newcomers.contains(n.id())).toList();
        List<GraphNode> expansion = dataset.nodes().stream().filter(n -> newcomers.contains(n.id())).toList();
        Exploration exploration = new Exploration();
        exploration.load(LoadedGraph.of(rest, dataset.links()).indexed());
        exploration.commands().expand(hub.id(), new Subgraph(expansion, hubLinks, false, hubLinks.size()));
        List<String> ids = List.copyOf(exploration.visible().nodeIds());
        double[] xs = new double[ids.size()];
        double[] ys = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            xs[i] = i % 100;
            ys[i] = i / 100.0;
        }
        exploration.commands().place(ids, xs, ys);

        double[] undo = new double[RUNS];
        double[] redo = new double[RUNS];
        for (int run = -WARMUPS; run < RUNS; run++) {
            long started = System.nanoTime();
            exploration.undo();
            exploration.visible();
            long undone = System.nanoTime();
            exploration.redo();
            exploration.visible();
            long redone = System.nanoTime();
            if (run >= 0) {
                undo[run] = (undone - started) / 1e6;
                redo[run] = (redone - undone) / 1e6;
            }
        }
        Samples undos = new Samples(undo);
        Samples redos = new Samples(redo);
        org.backchannel.bench.report.Table table = results.table("Undo and redo of an expansion on the " + graphName + " graph", "Expanding " + hub.id() + " by "
                        + expansion.size() + " nodes on a scene of " + String.format("%,d", rest.size())
                        + " nodes whose positions the layout then moved; undo or redo, then what is drawn worked out again. "
                        + "Median (min) of " + RUNS + " after " + WARMUPS + " warm-ups; no store query.",
                "step", "ms");
        table.add("undo", Format.ms(undos.median()) + " (" + Format.ms(undos.min()) + ")");
        table.add("redo", Format.ms(redos.median()) + " (" + Format.ms(redos.min()) + ")");
        double worst = Math.max(undos.median(), redos.median());
        results.target("undo/redo of an expand of " + EXPANDED + " nodes on the " + graphName + " graph", "≤ 50 ms, no store query",
                "worst median " + Format.ms(worst) + " ms", worst <= 50);
        System.err.printf("undo expand: %s ms, redo %s ms%n", Format.ms(undos.median()), Format.ms(redos.median()));
    }

    /** The node with the most links. */
    private static GraphNode hub(Dataset dataset) {
        java.util.Map<String, Integer> degree = new java.util.HashMap<>();
        dataset.links().forEach(l -> {
            degree.merge(l.fromId(), 1, Integer::sum);
            degree.merge(l.toId(), 1, Integer::sum);
        });
        return dataset.nodes().stream().max(java.util.Comparator.comparingInt(n -> degree.getOrDefault(n.id(), 0))).orElseThrow();
    }
}
