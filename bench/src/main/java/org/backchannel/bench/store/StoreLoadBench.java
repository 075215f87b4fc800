package org.backchannel.bench.store;

import java.util.concurrent.atomic.AtomicReference;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.bench.report.Format;
import org.backchannel.bench.report.Results;
import org.backchannel.bench.report.Samples;
import org.backchannel.bench.report.Table;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.StoreUnavailableException;
import org.backchannel.store.Subgraph;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Loading a whole graph from the store into the client model ({@code GraphStore.overview} then
 * {@link LoadedGraph#of}) against the least any client must pay: streaming every node and relationship of the
 * graph through the driver and touching each record, with no ordering, filtering or mapping.
 */
public final class StoreLoadBench {

    private final Results results;

    public StoreLoadBench(Results results) {
        this.results = results;
    }

    /** @return the loaded graph, for the benchmarks that work on it, or null when the store could not deliver it */
    public LoadedGraph measure(String graphName, BenchStore store, int cap) throws Exception {
        Table table = results.table("Loading the " + graphName + " graph from the store", "Embedded Neo4j through Bolt, "
                        + "warm (one unmeasured run each first); median (min) of 3 runs. The overview's cap is " + String.format("%,d", cap)
                        + " nodes (the app's default scene cap is 10,000), so that the whole graph loads.",
                "what", "nodes / links", "ms");
        long[] streamed = new long[2];
        Samples stream = Samples.of(1, 3, () -> streamAll(store, streamed));
        AtomicReference<LoadedGraph> loaded = new AtomicReference<>();
        AtomicReference<Subgraph> last = new AtomicReference<>();
        Samples load;
        long started = System.nanoTime();
        try {
            load = Samples.of(1, 3, () -> {
                Subgraph subgraph = store.store().overview(GraphFilter.ALL, cap);
                last.set(subgraph);
                loaded.set(LoadedGraph.of(subgraph.nodes(), subgraph.links()));
            });
        } catch (StoreUnavailableException e) {
            // The store's browsing transactions time out; a figure that never arrives is the result.
            String failed = String.format("did not finish: failed after %.1f s (%s)", (System.nanoTime() - started) / 1e9,
                    firstSentence(e.getMessage()));
            table.add("overview(ALL, cap) + LoadedGraph.of", "", failed);
            table.add("stream all nodes and relationships through the driver", String.format("%,d / %,d", streamed[0], streamed[1]), cell(stream));
            System.err.println("store load: " + failed);
            results.target("load " + graphName + " graph from the store into the client model",
                    "≤ 1.3 × the time to merely stream the same records through the driver",
                    String.format("overview %s; streaming took %s ms", failed, Format.ms(stream.median())), false);
            return null;
        }
        double ratio = load.median() / stream.median();
        table.add("overview(ALL, cap) + LoadedGraph.of", String.format("%,d / %,d%s", loaded.get().nodeCount(), loaded.get().linkCount(),
                last.get().capped() ? " (capped)" : ""), cell(load));
        table.add("stream all nodes and relationships through the driver", String.format("%,d / %,d", streamed[0], streamed[1]), cell(stream));
        table.add("ratio", "", Format.ratio(ratio));
        System.err.printf("store load: %s ms vs stream %s ms%n", cell(load), cell(stream));
        results.target("load " + graphName + " graph from the store into the client model",
                "≤ 1.3 × the time to merely stream the same records through the driver",
                Format.ms(load.median()) + " ms vs " + Format.ms(stream.median()) + " ms = " + Format.ratio(ratio) + " ×", ratio <= 1.3);
        return loaded.get();
    }

    private static void streamAll(BenchStore store, long[] counts) {
        try (Session session = store.driver().session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            session.executeRead(tx -> {
                counts[0] = 0;
                counts[1] = 0;
                tx.run("MATCH (n:Entity) RETURN n").forEachRemaining(r -> {
                    r.get(0).asNode();
                    counts[0]++;
                });
                tx.run("MATCH (:Entity)-[r]->(:Entity) RETURN r").forEachRemaining(r -> {
                    r.get(0).asRelationship();
                    counts[1]++;
                });
                return counts;
            });
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
