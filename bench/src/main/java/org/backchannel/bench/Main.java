package org.backchannel.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import org.backchannel.bench.client.AutosaveBench;
import org.backchannel.bench.layout.HeapProbe;
import org.backchannel.bench.questions.QuestionsBench;
import org.backchannel.bench.store.BenchStore;
import org.backchannel.bench.store.ImportFigures;
import org.backchannel.synthetic.Shape;
import org.backchannel.synthetic.SyntheticSize;

/**
 * The bench's command line.
 *
 * <pre>
 * run [--sizes S,M,L] [--shapes uniform,scale-free]
 *     [--with-1m | --only-1m | --only-layout | --only-quality | --only-store | --only-export]
 *     [--pictures DIR] [--stores DIR] [--out DIR] [--seed N]
 * generate-store --size S|M|L|1M --shape uniform|scale-free --store DIR [--seed N]
 * import-figures [--rows 100000] [--work DIR] [--repeat 1] [--reimport yes|no]
 * questions [--size M] [--shape scale-free] [--out DIR] [--seed N] [--with-exact-betweenness]
 * overview-ways --store DIR [--runs 5]
 * </pre>
 */
public final class Main {

    /** The seed of every generated dataset unless {@code --seed} says otherwise. */
    static final long DATA_SEED = 5;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: run [--sizes S,M,L] [--shapes uniform,scale-free]"
                    + " [--with-1m | --only-1m | --only-layout | --only-quality | --only-store | --only-export]"
                    + " [--pictures DIR] [--stores DIR] [--out DIR]"
                    + " | generate-store --size S|M|L|1M --shape uniform|scale-free --store DIR [--seed N]"
                    + " | questions [--size M] [--shape scale-free] [--out DIR]");
            System.exit(2);
        }
        try {
            dispatch(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            // Gephi's layout threads are not daemons: without exit a failed run would hang instead of failing.
            System.exit(1);
        }
        System.exit(0);
    }

    private static BenchRun.Only only(Arguments options) {
        if (options.has("--only-quality")) {
            return BenchRun.Only.QUALITY;
        }
        if (options.has("--only-export")) {
            return BenchRun.Only.EXPORT;
        }
        if (options.has("--only-store")) {
            return BenchRun.Only.STORE;
        }
        return options.has("--only-layout") ? BenchRun.Only.LAYOUT : BenchRun.Only.EVERYTHING;
    }

    private static Path pictures(Arguments options) {
        String folder = options.get("--pictures", null);
        return folder == null ? null : Path.of(folder);
    }

    private static void dispatch(String[] args) throws Exception {
        Arguments options = new Arguments(args, 1,
                Set.of("--with-1m", "--only-1m", "--only-layout", "--only-quality", "--only-store", "--only-export", "--with-exact-betweenness"));
        long seed = Long.parseLong(options.get("--seed", String.valueOf(DATA_SEED)));
        switch (args[0]) {
            case "run" -> new BenchRun(
                    Arrays.stream(options.get("--sizes", "S,M,L").split(",")).map(SyntheticSize::parse).toList(),
                    Arrays.stream(options.get("--shapes", "uniform,scale-free").split(",")).map(Shape::parse).toList(),
                    Path.of(options.get("--stores", "bench/stores")), Path.of(options.get("--out", "bench/results")),
                    options.has("--with-1m"), options.has("--only-1m"), only(options),
                    pictures(options), seed).run();
            case "generate-store" -> BenchStore.generate(Path.of(options.require("--store")),
                    SyntheticSize.parse(options.require("--size")), Shape.parse(options.require("--shape")), seed);
            case "import-figures" -> ImportFigures.run(Integer.parseInt(options.get("--rows", "100000")),
                    Path.of(options.get("--work", "bench/stores/import-figures")), Integer.parseInt(options.get("--repeat", "1")),
                    !"no".equals(options.get("--reimport", "yes")));
            case "questions" -> QuestionsBench.run(SyntheticSize.parse(options.get("--size", "M")),
                    Shape.parse(options.get("--shape", "scale-free")), seed, Path.of(options.get("--out", "bench/results")),
                    options.has("--with-exact-betweenness"));
            case "autosave" -> AutosaveBench.run(SyntheticSize.parse(options.get("--size", "M")),
                    Shape.parse(options.get("--shape", "scale-free")), seed, Path.of(options.get("--out", "bench/results")));
            case "propose-perspective" -> org.backchannel.bench.store.PerspectiveProposalBench.run(Path.of(options.require("--store")),
                    Integer.parseInt(options.get("--people", "1000000")));
            case "search-perspective" -> org.backchannel.bench.store.PerspectiveSearchBench.run(Path.of(options.require("--store")),
                    Integer.parseInt(options.get("--people", "1000000")), Integer.parseInt(options.get("--scan-runs", "6")),
                    Integer.parseInt(options.get("--indexed-runs", "100")));
            case "timeline-frames" -> org.backchannel.bench.client.TimelineFrameBench.run(SyntheticSize.parse(options.get("--size", "M")),
                    Shape.parse(options.get("--shape", "scale-free")), seed, Path.of(options.get("--out", "bench/results")));
            case "heap-probe" -> HeapProbe.run(options.require("--peer"), SyntheticSize.parse(options.require("--size")),
                    Shape.parse(options.require("--shape")), seed);
            case "client-heap" -> org.backchannel.bench.client.ClientHeapBench.run(SyntheticSize.parse(options.get("--size", "L")),
                    Shape.parse(options.get("--shape", "scale-free")), seed, Path.of(options.get("--out", "bench/results")));
            case "client-heap-probe" -> org.backchannel.bench.client.ClientHeapProbe.run(options.require("--peer"),
                    SyntheticSize.parse(options.require("--size")), Shape.parse(options.require("--shape")), seed);
            case "overview-ways" -> org.backchannel.bench.store.OverviewWays.run(Path.of(options.require("--store")),
                    Integer.parseInt(options.get("--runs", "5")));
            default -> {
                System.err.println("unknown command " + args[0] + "; use run, generate-store, questions, autosave, propose-perspective, search-perspective or timeline-frames");
                System.exit(2);
            }
        }
    }
}
