package org.backchannel.bench.layout;

import java.util.List;
import org.backchannel.bench.report.Format;
import org.backchannel.bench.report.Results;
import org.backchannel.bench.report.Table;
import org.backchannel.layout.LayoutGraph;
import org.backchannel.layout.LayoutMetrics;
import org.backchannel.layout.LayoutState;
import org.backchannel.synthetic.Shape;
import org.backchannel.synthetic.SyntheticSize;

/**
 * Noack's normalised edge length (mean edge length over mean distance between two nodes, lower is better; pairs
 * sampled with a fixed seed above 2,000 nodes) after the same wall time for ours and Gephi's ForceAtlas2, from
 * the same start: speed must not be bought with a worse picture.
 */
public final class LayoutQualityBench {

    private final Results results;
    private final Table table;

    public LayoutQualityBench(Results results) {
        this.results = results;
        this.table = results.table("Layout quality after equal wall time", "Noack's normalised edge length (lower is "
                        + "better) after each layout ran for the same wall time from the same start; the start's value "
                        + "is given for scale. Building each peer's graph is not counted. \"ours\" runs with the app's "
                        + "scaling (500, so that labels fit), Gephi with the paper's (2); \"ours, scaling 2\" runs ours with "
                        + "Gephi's settings, to tell the algorithm from the app's choice.",
                "size", "shape", "time budget", "start", "ours", "Gephi FA2", "ours / Gephi", "ours, scaling 2",
                "iterations ours / Gephi / ours scaling 2");
    }

    /** @return ours / Gephi */
    public double measure(SyntheticSize size, Shape shape, LayoutGraph graph) {
        long budget = budgetMillis(size);
        LayoutState start = StartPositions.of(graph.nodeCount());
        double before = LayoutMetrics.normalizedEdgeLength(graph, start);
        Outcome ours = runFor(new OurForceAtlas2(), graph, start, budget);
        Outcome gephi = runFor(new GephiForceAtlas2(), graph, start, budget);
        Outcome paper = runFor(OurForceAtlas2.withPaperSettings(), graph, start, budget);
        double ratio = ours.quality / gephi.quality;
        table.add(size.name(), shape.code(), budget / 1000.0 + " s", Format.number(before, 3), Format.number(ours.quality, 3),
                Format.number(gephi.quality, 3), Format.ratio(ratio), Format.number(paper.quality, 3),
                ours.iterations + " / " + gephi.iterations + " / " + paper.iterations);
        System.err.printf("quality %s %s: ours %.3f (%d it), Gephi %.3f (%d it), ours scaling 2 %.3f (%d it)%n", size.name(),
                shape.code(), ours.quality, ours.iterations, gephi.quality, gephi.iterations, paper.quality, paper.iterations);
        return ratio;
    }

    private record Outcome(double quality, int iterations) {
    }

    private static Outcome runFor(LayoutPeer peer, LayoutGraph graph, LayoutState start, long budgetMillis) {
        peer.start(graph, start);
        long deadline = System.nanoTime() + budgetMillis * 1_000_000;
        int iterations = 0;
        while (System.nanoTime() < deadline) {
            peer.run(1);
            iterations++;
        }
        LayoutState end = new LayoutState(graph.nodeCount());
        peer.positionsInto(end);
        return new Outcome(LayoutMetrics.normalizedEdgeLength(graph, end), iterations);
    }

    private static long budgetMillis(SyntheticSize size) {
        if (size.nodes() <= SyntheticSize.S.nodes()) {
            return 1_000;
        }
        return size.nodes() <= SyntheticSize.M.nodes() ? 5_000 : 20_000;
    }

    public void target(List<Double> ratios) {
        double worst = ratios.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        results.target("layout quality", "normalised edge length after equal wall time no worse than ForceAtlas2's",
                "ours / Gephi ≤ " + Format.ratio(worst) + " over all sizes and shapes", worst <= 1.0);
    }
}
