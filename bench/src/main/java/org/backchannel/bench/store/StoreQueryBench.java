package org.backchannel.bench.store;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.backchannel.bench.report.Format;
import org.backchannel.bench.report.Results;
import org.backchannel.bench.report.Samples;
import org.backchannel.bench.report.Table;
import org.backchannel.model.ChannelType;
import org.backchannel.model.YearRange;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.GraphStore;
import org.backchannel.store.PathQuery;
import org.backchannel.store.StoreUnavailableException;
import org.backchannel.store.Subgraph;
import org.backchannel.store.neo4j.OverviewQuery;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Latency of the app's store queries through {@link GraphStore}, with the app's limits: scene cap 10,000, expand
 * limit 50, path within 6 hops. Warm: each query runs once unmeasured first.
 */
public final class StoreQueryBench {

    static final int SCENE_CAP = 10_000;
    static final int EXPAND_LIMIT = 50;
    static final int SEARCH_LIMIT = 25;
    static final int PATH_HOPS = 6;
    /** Rows that measure the links found by expansion, for comparison; not part of the target. */
    private static final String EXPANSION = "by expansion: ";
    /** A query slower than this once is measured only twice more, to keep the run short. */
    private static final double SLOW_MILLIS = 5_000;

    private final Results results;

    public StoreQueryBench(Results results) {
        this.results = results;
    }

    public void measure(String storeName, BenchStore bench) throws Exception {
        GraphStore store = bench.store();
        String hub = bench.driver().executableQuery("MATCH (n:Actor) WITH n, COUNT { (n)--() } AS degree "
                + "RETURN n.id AS id ORDER BY degree DESC LIMIT 1").execute().records().get(0).get("id").asString();
        GraphFilter filtered = new GraphFilter(EnumSet.of(ChannelType.BACK_CHANNEL), new YearRange(1969, 1977));
        Table table = results.table("Store queries on the " + storeName + " store", "Through GraphStore (embedded Neo4j, "
                        + "Bolt, the app's page cache: the store's size plus a quarter, 64 MB to a quarter of RAM), app limits; median (min) after one unmeasured run. Hub: the "
                        + "best-connected actor, " + hub + ".", "query", "result", "ms");
        Map<String, Samples.Work> queries = new LinkedHashMap<>();
        String[] result = new String[1];
        queries.put("overview(ALL, 10,000)", () -> result[0] = describe(store.overview(GraphFilter.ALL, SCENE_CAP)));
        queries.put("overview(back channel, 1969–1977, 10,000)", () -> result[0] = describe(store.overview(filtered, SCENE_CAP)));
        // The same overviews with their links found by expansion, as before the lesser-degree seek and as a guest still does.
        queries.put(EXPANSION + "overview(ALL, 10,000)", () -> result[0] = describe(expanded(bench, GraphFilter.ALL)));
        queries.put(EXPANSION + "overview(back channel, 1969–1977, 10,000)", () -> result[0] = describe(expanded(bench, filtered)));
        queries.put("neighbours(a-1, 50)", () -> result[0] = describe(store.neighbours("a-1", EXPAND_LIMIT)));
        queries.put("neighbours(hub, 50)", () -> result[0] = describe(store.neighbours(hub, EXPAND_LIMIT)));
        queries.put("search(\"kissinger\", 25)", () -> result[0] = store.search("kissinger", SEARCH_LIMIT).size() + " hits");
        queries.put("search(\"dobrynin anat\", 25)", () -> result[0] = store.search("dobrynin anat", SEARCH_LIMIT).size() + " hits");
        queries.put("shortest path a-1 → a-2, ≤ 6 hops", () -> result[0] = store.shortestPaths(PathQuery.shortest("a-1", "a-2", PATH_HOPS))
                .stream().findFirst().map(p -> p.links().size() + " hops").orElse("no path"));
        double worst = 0;
        String worstName = "";
        for (var entry : queries.entrySet()) {
            long started = System.nanoTime();
            try {
                entry.getValue().run();
            } catch (StoreUnavailableException e) {
                double failedAfter = (System.nanoTime() - started) / 1e6;
                table.add(entry.getKey(), "failed: " + StoreLoadBench.firstSentence(e.getMessage()),
                        "> " + Format.ms(failedAfter));
                System.err.printf("query %s failed after %s ms%n", entry.getKey(), Format.ms(failedAfter));
                worst = Double.POSITIVE_INFINITY;
                worstName = entry.getKey() + " (failed)";
                continue;
            }
            double first = (System.nanoTime() - started) / 1e6;
            Samples samples = Samples.of(0, first > SLOW_MILLIS ? 2 : 5, entry.getValue());
            table.add(entry.getKey(), result[0], Format.ms(samples.median()) + " (" + Format.ms(samples.min()) + ")");
            System.err.printf("query %s: %s ms (%s)%n", entry.getKey(), Format.ms(samples.median()), result[0]);
            if (samples.median() > worst && worst != Double.POSITIVE_INFINITY && !entry.getKey().startsWith(EXPANSION)) {
                worst = samples.median();
                worstName = entry.getKey();
            }
        }
        results.target("store queries on the " + storeName + " store (overview, filter, expand, search, path)", "≤ 200 ms each",
                "slowest: " + worstName + (worst == Double.POSITIVE_INFINITY ? "" : " " + Format.ms(worst) + " ms"), worst <= 200);
    }

    private static Subgraph expanded(BenchStore bench, GraphFilter filter) {
        try (Session session = bench.driver().session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> OverviewQuery.read(tx, filter, SCENE_CAP, OverviewQuery.Indexes.DEGREES));
        }
    }

    private static String describe(Subgraph subgraph) {
        return String.format("%,d nodes, %,d links%s", subgraph.nodes().size(), subgraph.links().size(), subgraph.capped() ? ", capped" : "");
    }
}
