package org.backchannel.bench.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.bench.report.Format;
import org.backchannel.bench.report.Results;
import org.backchannel.bench.report.Samples;
import org.backchannel.bench.report.Table;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.StoreUnavailableException;
import org.backchannel.store.Subgraph;
import org.backchannel.store.neo4j.OverviewQuery;
import org.backchannel.synthetic.SyntheticSize;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Loading a whole graph from the store into the client model ({@code GraphStore.overview} then
 * {@link LoadedGraph#of}) against merely streaming the same records through the driver: the overview's own
 * statements with its own parameters, every field of every record read as a Java value, and nothing mapped
 * or built. The difference is what the client adds: mapping rows to domain objects and building the model.
 */
public final class StoreLoadBench {

    /** Rounds of streaming then loading, after one of each unmeasured. */
    private static final int ROUNDS = 5;
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();

    private final Results results;

    public StoreLoadBench(Results results) {
        this.results = results;
    }

    /** @return the loaded graph, for the benchmarks that work on it, or null when the store could not deliver it */
    public LoadedGraph measure(SyntheticSize size, BenchStore store) throws Exception {
        String graphName = size.name();
        // Large enough that neither the node limit nor the link limit (a multiple of it) leaves anything out.
        int cap = Math.max(2 * size.nodes(), size.links() / OverviewQuery.LINKS_PER_NODE + 1);
        Table table = results.table("Loading the " + graphName + " graph from the store", "Embedded Neo4j through Bolt, "
                        + "warm (one unmeasured run each first), then " + ROUNDS + " rounds of streaming and loading in turn, so"
                        + " that a change of the machine's load falls on both; median (min) of the rounds. CPU: the process's"
                        + " (client and embedded store together), which other processes on the machine disturb less than the"
                        + " wall time. The overview's cap is " + String.format("%,d", cap) + " nodes (the app's default scene"
                        + " cap is 10,000), so that the whole graph loads. The baseline streams the overview's own records: same"
                        + " statements, same parameters, each field read, nothing mapped.",
                "what", "nodes / links", "ms", "CPU ms");
        long[] streamed = new long[2];
        AtomicReference<LoadedGraph> loaded = new AtomicReference<>();
        AtomicReference<Subgraph> last = new AtomicReference<>();
        Samples.Work stream = () -> streamOverviewRecords(store, cap, streamed);
        // The client graph's build alone, after the last row: its wall time and its thread's CPU, which the
        // machine's load disturbs least.
        double[] build = new double[2];
        Samples.Work load = () -> {
            Subgraph subgraph = store.store().overview(GraphFilter.ALL, cap);
            last.set(subgraph);
            long cpuStarted = THREAD.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            loaded.set(LoadedGraph.of(subgraph.nodes(), subgraph.links()));
            build[0] = (System.nanoTime() - started) / 1e6;
            build[1] = (THREAD.getCurrentThreadCpuTime() - cpuStarted) / 1e6;
        };
        double[][] wall = new double[2][ROUNDS];
        double[][] cpu = new double[2][ROUNDS];
        double[][] builds = new double[2][ROUNDS];
        long started = System.nanoTime();
        try {
            stream.run();
            load.run();
            for (int round = 0; round < ROUNDS; round++) {
                time(stream, wall[0], cpu[0], round);
                loaded.set(null);
                time(load, wall[1], cpu[1], round);
                builds[0][round] = build[0];
                builds[1][round] = build[1];
            }
        } catch (StoreUnavailableException e) {
            // The store's browsing transactions time out; a figure that never arrives is the result.
            String failed = String.format("did not finish: failed after %.1f s (%s)", (System.nanoTime() - started) / 1e9,
                    firstSentence(e.getMessage()));
            table.add("overview(ALL, cap) + LoadedGraph.of", "", failed, "");
            System.err.println("store load: " + failed);
            results.target("load " + graphName + " graph from the store into the client model",
                    "≤ 1.1 × the time to merely stream the same records through the driver", "overview " + failed, false);
            return null;
        }
        Samples streamWall = new Samples(wall[0]);
        Samples loadWall = new Samples(wall[1]);
        double ratio = loadWall.median() / streamWall.median();
        double cpuRatio = new Samples(cpu[1]).median() / new Samples(cpu[0]).median();
        table.add("overview(ALL, cap) + LoadedGraph.of", String.format("%,d / %,d%s", loaded.get().nodeCount(), loaded.get().linkCount(),
                last.get().capped() ? " (capped)" : ""), cell(loadWall), cell(new Samples(cpu[1])));
        table.add("stream the overview's records through the driver", String.format("%,d / %,d", streamed[0], streamed[1]),
                cell(streamWall), cell(new Samples(cpu[0])));
        table.add("of which LoadedGraph.of (CPU: its thread's)", "", cell(new Samples(builds[0])), cell(new Samples(builds[1])));
        table.add("ratio", "", Format.ratio(ratio), Format.ratio(cpuRatio));
        System.err.printf("store load: %s ms vs stream %s ms = %s; CPU %s%n", cell(loadWall), cell(streamWall), Format.ratio(ratio),
                Format.ratio(cpuRatio));
        System.err.printf("store load rounds, stream / load ms: %s; LoadedGraph.of %s ms, thread CPU %s ms%n", rounds(wall),
                cell(new Samples(builds[0])), cell(new Samples(builds[1])));
        results.target("load " + graphName + " graph from the store into the client model",
                "≤ 1.1 × the time to merely stream the same records through the driver",
                Format.ms(loadWall.median()) + " ms vs " + Format.ms(streamWall.median()) + " ms = " + Format.ratio(ratio) + " ×", ratio <= 1.1);
        return loaded.get();
    }

    private static String rounds(double[][] wall) {
        StringBuilder text = new StringBuilder();
        for (int round = 0; round < wall[0].length; round++) {
            text.append(round == 0 ? "" : ", ").append(Format.ms(wall[0][round])).append(" / ").append(Format.ms(wall[1][round]));
        }
        return text.toString();
    }

    private static void time(Samples.Work work, double[] wall, double[] cpu, int round) throws Exception {
        long cpuStarted = PROCESS.getProcessCpuTime();
        long started = System.nanoTime();
        work.run();
        wall[round] = (System.nanoTime() - started) / 1e6;
        cpu[round] = (PROCESS.getProcessCpuTime() - cpuStarted) / 1e6;
    }

    private static void streamOverviewRecords(BenchStore store, int cap, long[] counts) {
        // Fetched as the overview fetches them: every record at once, not a thousand per request.
        try (Session session = store.driver().session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ)
                .withFetchSize(-1).build())) {
            session.executeRead(tx -> {
                counts[0] = 0;
                counts[1] = 0;
                List<Record> nodes = new ArrayList<>();
                tx.run(OverviewQuery.NODES, OverviewQuery.nodeParameters(GraphFilter.ALL, cap)).forEachRemaining(r -> {
                    touch(r);
                    nodes.add(r);
                    counts[0]++;
                });
                // The bench's stores are prepared, as the app's own store is: the links are sought as the overview seeks them.
                OverviewQuery.LinkStatement links = OverviewQuery.links(tx, GraphFilter.ALL, nodes, cap,
                        OverviewQuery.Indexes.DEGREES_AND_LESSER_DEGREES);
                tx.run(links.cypher(), links.parameters()).forEachRemaining(r -> {
                    touch(r);
                    counts[1]++;
                });
                return counts;
            });
        }
    }

    /** Reads every field as the Java value a client would use; the count keeps the reads from being optimised away. */
    private static void touch(Record record) {
        int present = 0;
        for (Value value : record.values()) {
            if (value.asObject() != null) {
                present++;
            }
        }
        if (present == 0) {
            throw new IllegalStateException("a record without a single value: " + record);
        }
    }

    /** The store's message up to its first full stop: the rest is the driver's advice to retry. */
    static String firstSentence(String message) {
        int stop = message.indexOf(". ");
        return (stop < 0 ? message : message.substring(0, stop + 1)).replaceAll("\\s+", " ");
    }

    private static String cell(Samples samples) {
        return Format.ms(samples.median()) + " (" + Format.ms(samples.min()) + ")";
    }
}
