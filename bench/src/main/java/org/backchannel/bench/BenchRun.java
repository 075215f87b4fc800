package org.backchannel.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.bench.client.ExportBench;
import org.backchannel.bench.client.FilterBench;
import org.backchannel.bench.client.UndoBench;
import org.backchannel.bench.client.LayoutPictures;
import org.backchannel.bench.layout.HeapBench;
import org.backchannel.bench.layout.LayoutGraphs;
import org.backchannel.bench.layout.LayoutQualityBench;
import org.backchannel.bench.layout.LayoutSpeedBench;
import org.backchannel.bench.layout.OurForceAtlas2;
import org.backchannel.bench.layout.StartPositions;
import org.backchannel.bench.report.Format;
import org.backchannel.bench.report.Results;
import org.backchannel.bench.report.ResultsWriter;
import org.backchannel.bench.report.Samples;
import org.backchannel.bench.store.BenchStore;
import org.backchannel.bench.store.StoreLoadBench;
import org.backchannel.bench.store.StoreQueryBench;
import org.backchannel.bench.store.StoreSearchBench;
import org.backchannel.layout.LayoutGraph;
import org.backchannel.layout.LayoutState;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphNode;
import org.backchannel.synthetic.Shape;
import org.backchannel.synthetic.SyntheticDataset;
import org.backchannel.synthetic.SyntheticSize;

/** Every benchmark, in the order of the targets, and the results files at the end. */
final class BenchRun {

    /** Iterations of our layout before exporting: enough for a settled-looking figure, few enough to stay quick. */
    private static final int EXPORT_LAYOUT_STEPS = 100;

    private final List<SyntheticSize> sizes;
    private final List<Shape> shapes;
    private final Path stores;
    private final Path out;
    private final boolean with1m;
    private final boolean only1m;
    private final Only only;
    private final Path pictures;
    private final long seed;
    private final Results results = new Results();

    /** Which figures a run is limited to, if any. */
    enum Only {
        EVERYTHING,
        /** The layout figures, speed and quality, without stores. */
        LAYOUT,
        /** Only the layout quality. */
        QUALITY,
        /** The store figures of the largest size (load, filters, queries), for work on the store alone. */
        STORE,
        /** The export figures (PNG, SVG, PDF) of the largest size up to M, for work on the exports alone. */
        EXPORT
    }

    /**
     * @param only1m   measure only the store queries on the 1M store, for a run whose other figures are on file
     * @param only     which figures to measure
     * @param pictures where the quality benchmark draws each peer's layouts of S and M graphs, or null
     */
    BenchRun(List<SyntheticSize> sizes, List<Shape> shapes, Path stores, Path out, boolean with1m, boolean only1m,
            Only only, Path pictures, long seed) {
        this.sizes = sizes.stream().sorted(Comparator.comparingInt(SyntheticSize::nodes)).toList();
        this.shapes = shapes;
        this.stores = stores;
        this.out = out;
        this.with1m = with1m;
        this.only1m = only1m;
        this.only = only;
        this.pictures = pictures;
        this.seed = seed;
    }

    void run() throws Exception {
        long started = System.nanoTime();
        if (only1m) {
            millionNodeStore(Shape.SCALE_FREE);
            finish(started);
            return;
        }
        if (only == Only.LAYOUT || only == Only.QUALITY) {
            section("layout", this::layouts);
            finish(started);
            return;
        }
        SyntheticSize largest = sizes.get(sizes.size() - 1);
        Shape storeShape = shapes.contains(Shape.SCALE_FREE) ? Shape.SCALE_FREE : shapes.get(0);
        if (only == Only.EXPORT) {
            section("export", () -> export(sizes.stream().filter(s -> s.nodes() <= SyntheticSize.M.nodes()).reduce((a, b) -> b)
                    .orElse(largest), storeShape));
            finish(started);
            return;
        }
        if (only == Only.STORE) {
            section("store", () -> store(largest, storeShape));
            finish(started);
            return;
        }
        section("layout", this::layouts);
        if (sizes.contains(SyntheticSize.L)) {
            section("heap", () -> heap(storeShape));
        }
        section("store", () -> store(largest, storeShape));
        results.target("frame time, M graph on screen (Xvfb, software pipeline)", "≤ 100 ms panning; ≤ 33 ms for S",
                "measured in the app, not by this bench", null);
        section("export", () -> export(sizes.stream().filter(s -> s.nodes() <= SyntheticSize.M.nodes()).reduce((a, b) -> b)
                .orElse(largest), storeShape));
        section("undo", () -> {
            SyntheticSize size = sizes.stream().filter(s -> s.nodes() <= SyntheticSize.M.nodes()).reduce((a, b) -> b).orElse(largest);
            // A scale-free graph has hubs with 50 neighbours to expand; a uniform one of M size does not.
            new UndoBench(results).measure(size.name(), SyntheticDataset.generate(size, Shape.SCALE_FREE, seed));
        });
        results.target("app start to window; to first drawn graph", "window ≤ 2 s; graph ≤ 1.2 × (embedded start + first query)",
                "measured on the app by the lead", null);
        results.target("app exit", "≤ 3 s", "measured on the app by the lead", null);
        section("1M store", () -> millionNodeStore(storeShape));
        finish(started);
    }

    /** A benchmark that fails is reported as failed; the others still run and the results are still written. */
    private void section(String name, Samples.Work work) {
        try {
            work.run();
        } catch (Exception e) {
            e.printStackTrace();
            results.note("The " + name + " benchmarks failed: " + e);
        }
    }

    private void store(SyntheticSize largest, Shape storeShape) throws Exception {
        try (BenchStore store = storeFor(largest, storeShape)) {
            LoadedGraph loaded = new StoreLoadBench(results).measure(largest, store);
            if (loaded == null) {
                results.note("The filter figures ran on the " + largest.name() + " graph built in memory from the same seeded "
                        + "dataset, because the store did not deliver it.");
                Dataset dataset = SyntheticDataset.generate(largest, storeShape, seed);
                loaded = LoadedGraph.of(dataset.nodes(), dataset.links());
            }
            new FilterBench(results).measure(largest.name(), loaded);
            new StoreQueryBench(results).measure(largest.name(), store);
        }
    }

    private void finish(long started) throws java.io.IOException {
        results.finish((System.nanoTime() - started) / 1_000_000);
        ResultsWriter.write(results, out);
        System.err.println("Wrote " + out.resolve("latest.md") + " and latest.json");
    }

    private void layouts() throws Exception {
        LayoutSpeedBench speed = new LayoutSpeedBench(results);
        LayoutQualityBench quality = new LayoutQualityBench(results);
        List<LayoutQualityBench.Comparison> comparisons = new ArrayList<>();
        for (SyntheticSize size : sizes) {
            List<Double> speedRatios = new ArrayList<>();
            for (Shape shape : shapes) {
                Dataset dataset = SyntheticDataset.generate(size, shape, seed);
                LayoutGraph graph = LayoutGraphs.of(dataset);
                if (only != Only.QUALITY) {
                    speedRatios.add(speed.measure(size, shape, graph));
                }
                comparisons.add(quality.measure(size, shape, graph, picturesOf(size, shape, dataset)));
            }
            if (size != SyntheticSize.S && only != Only.QUALITY) {
                speed.target(size, speedRatios);
            }
        }
        quality.target(comparisons);
    }

    /** L graphs are left out: 100,000 nodes drawn 2,000 px wide are a grey disc. */
    private LayoutPictures picturesOf(SyntheticSize size, Shape shape, Dataset dataset) {
        if (pictures == null || size.nodes() > SyntheticSize.M.nodes()) {
            return null;
        }
        return new LayoutPictures(pictures, size.name() + "-" + shape.code(), dataset);
    }

    private void heap(Shape shape) throws Exception {
        HeapBench heap = new HeapBench(results, seed);
        double ratio = heap.measure(SyntheticSize.L, shape);
        heap.target("ours / Gephi = " + Format.ratio(ratio) + " (" + shape.code() + ")", ratio <= 0.5);
    }

    private BenchStore storeFor(SyntheticSize size, Shape shape) throws Exception {
        Path folder = stores.resolve(size.name() + "-" + shape.code() + "-" + seed);
        if (!BenchStore.isComplete(folder)) {
            System.err.println("Generating the " + size.name() + " store in " + folder + " (reused by later runs)");
            BenchStore.generate(folder, size, shape, seed);
        }
        return BenchStore.open(folder);
    }

    private void export(SyntheticSize size, Shape shape) throws Exception {
        Dataset dataset = SyntheticDataset.generate(size, shape, seed);
        LayoutGraph graph = LayoutGraphs.of(dataset);
        LayoutState positions = StartPositions.of(graph.nodeCount());
        OurForceAtlas2 layout = new OurForceAtlas2();
        layout.start(graph, positions);
        layout.run(EXPORT_LAYOUT_STEPS);
        layout.positionsInto(positions);
        new ExportBench(results).measure(size.name(), LoadedGraph.of(dataset.nodes(), dataset.links()),
                dataset.nodes().stream().map(GraphNode::id).toList(), positions);
    }

    private void millionNodeStore(Shape shape) throws Exception {
        Path folder = stores.resolve(SyntheticSize.XL.name() + "-" + shape.code() + "-" + seed);
        if (!BenchStore.isComplete(folder) && !with1m && !only1m) {
            results.target("store queries on the 1M store (overview, filter, expand, search, path)", "≤ 200 ms each",
                    "skipped: no store at " + folder + "; run with --with-1m to generate it", null);
            results.note("The 1M-node store queries were skipped: " + folder + " does not exist (generate it with --with-1m).");
            return;
        }
        try (BenchStore store = storeFor(SyntheticSize.XL, shape)) {
            new StoreQueryBench(results).measure(SyntheticSize.XL.name(), store);
            new StoreSearchBench(results).measure(SyntheticSize.XL.name(), store);
        }
    }
}
