package org.backchannel.bench.layout;

import java.util.List;
import java.util.function.Supplier;
import org.backchannel.bench.report.Format;
import org.backchannel.bench.report.Results;
import org.backchannel.bench.report.Samples;
import org.backchannel.bench.report.Table;
import org.backchannel.layout.LayoutGraph;
import org.backchannel.layout.LayoutState;
import org.backchannel.synthetic.Shape;
import org.backchannel.synthetic.SyntheticSize;

/**
 * Milliseconds per layout iteration, ours against Gephi's ForceAtlas2 and JGraphT's Barnes–Hut FR, on the same
 * graph from the same start. Steppable layouts are timed one iteration at a time after a warm-up; JGraphT, which
 * lays out in one call, is timed over a run and divided by its iterations.
 */
public final class LayoutSpeedBench {

    /** Iterations per size: warm-up, then measured; L is few because Gephi needs about 1.4 s per iteration. */
    private record Plan(int warmups, int measured, int peerRuns) {
    }

    private final Results results;
    private final Table table;

    public LayoutSpeedBench(Results results) {
        this.results = results;
        this.table = results.table("Layout speed", "Milliseconds per iteration, median (min) over the measured "
                        + "iterations after a warm-up, same graph and same seeded start for every peer. Gephi runs with "
                        + GephiForceAtlas2.threads() + " thread(s), its default on this machine.",
                "size", "shape", "nodes / edges", "ours", "Gephi FA2", "JGraphT FR-BH", "ours / Gephi", "iterations");
    }

    /** @return the ratio ours / Gephi of the medians */
    public double measure(SyntheticSize size, Shape shape, LayoutGraph graph) throws Exception {
        Plan plan = plan(size);
        LayoutState start = StartPositions.of(graph.nodeCount());
        // The peers start from the same picture at the paper's scale, where they started before ours grew with its scaling.
        LayoutState paperStart = StartPositions.of(graph.nodeCount(), StartPositions.PAPER_SCALING);
        Samples ours = timeSteps(OurForceAtlas2::new, graph, start, plan);
        Samples gephi = timeSteps(GephiForceAtlas2::new, graph, paperStart, plan);
        Samples jgrapht = timeRuns(graph, paperStart, plan);
        double ratio = ours.median() / gephi.median();
        table.add(size.name(), shape.code(), String.format("%,d / %,d", graph.nodeCount(), graph.edgeCount()),
                cell(ours), cell(gephi), cell(jgrapht), Format.ratio(ratio),
                plan.warmups + " + " + plan.measured + " (JGraphT " + plan.peerRuns + " × " + plan.measured + ")");
        System.err.printf("layout %s %s: ours %s, Gephi %s, JGraphT %s ms/iteration%n", size.name(), shape.code(),
                cell(ours), cell(gephi), cell(jgrapht));
        return ratio;
    }

    private static Plan plan(SyntheticSize size) {
        if (size.nodes() <= SyntheticSize.S.nodes()) {
            return new Plan(30, 50, 3);
        }
        if (size.nodes() <= SyntheticSize.M.nodes()) {
            return new Plan(10, 20, 2);
        }
        return new Plan(2, 4, 1);
    }

    private static Samples timeSteps(Supplier<LayoutPeer> make, LayoutGraph graph, LayoutState start, Plan plan) throws Exception {
        LayoutPeer peer = make.get();
        peer.start(graph, start);
        return Samples.of(plan.warmups, plan.measured, () -> peer.run(1));
    }

    private static Samples timeRuns(LayoutGraph graph, LayoutState start, Plan plan) throws Exception {
        LayoutPeer peer = new JGraphTFruchtermanReingold();
        peer.start(graph, start);
        peer.run(Math.max(1, plan.warmups / 2));
        double[] perIteration = new double[plan.peerRuns];
        for (int r = 0; r < plan.peerRuns; r++) {
            long started = System.nanoTime();
            peer.run(plan.measured);
            perIteration[r] = (System.nanoTime() - started) / 1e6 / plan.measured;
        }
        return new Samples(perIteration);
    }

    private static String cell(Samples samples) {
        return Format.ms(samples.median()) + " (" + Format.ms(samples.min()) + ")";
    }

    /** Adds the speed target for one size, judged on the worse shape. */
    public void target(SyntheticSize size, List<Double> ratios) {
        double worst = ratios.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        results.target("layout step, " + size.name() + " graph", "≤ 0.5 × Gephi ForceAtlas2's ms per iteration",
                "ours / Gephi = " + Format.ratio(worst) + " (worse shape)", worst <= 0.5);
    }
}
