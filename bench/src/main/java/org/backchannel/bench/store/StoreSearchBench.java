package org.backchannel.bench.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.backchannel.bench.report.Format;
import org.backchannel.bench.report.Results;
import org.backchannel.bench.report.Table;
import org.backchannel.model.GraphNode;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.GraphStore;
import org.backchannel.store.SearchHit;
import org.neo4j.driver.Record;

/**
 * Store-side search as the app runs it when the scene holds only part of the store: the name of a
 * node the overview left out, typed whole (the exact-name case the search must rank first) and
 * without its last word (a common prefix with many matches). Latency per query through
 * {@link GraphStore#search} with the search box's limit, over seeded random nodes; p50, p95, max.
 */
public final class StoreSearchBench {

    /** The search box's limit ({@code SearchViewModel.MAX_RESULTS}). */
    static final int LIMIT = 12;
    static final int QUERIES = 100;
    private static final int WARM_UP = 10;
    private static final long SEED = 11;

    private final Results results;

    /** A node to search for: its id, to tell whether it came first, and its name, to type. */
    private record Target(String id, String name) {
    }

    public StoreSearchBench(Results results) {
        this.results = results;
    }

    public void measure(String storeName, BenchStore bench) throws Exception {
        GraphStore store = bench.store();
        Set<String> inScene = store.overview(GraphFilter.ALL, StoreQueryBench.SCENE_CAP).nodes().stream()
                .map(GraphNode::id).collect(Collectors.toSet());
        List<Target> outside = sample(bench, inScene);
        Table table = results.table("Store-side search on the " + storeName + " store", "GraphStore.search(text, " + LIMIT
                        + ") for " + outside.size() + " seeded random nodes outside the overview's " + StoreQueryBench.SCENE_CAP
                        + " nodes, after " + WARM_UP + " unmeasured queries; ms per query.",
                "typed", "exact name first", "p50", "p95", "max");
        double[] exact = new double[outside.size()];
        int first = 0;
        for (int i = 0; i < WARM_UP; i++) {
            store.search(outside.get(i).name(), LIMIT);
        }
        for (int i = 0; i < outside.size(); i++) {
            Target node = outside.get(i);
            long started = System.nanoTime();
            List<SearchHit> hits = store.search(node.name(), LIMIT);
            exact[i] = (System.nanoTime() - started) / 1e6;
            if (!hits.isEmpty() && hits.get(0).node().id().equals(node.id())) {
                first++;
            }
        }
        double[] prefix = new double[outside.size()];
        for (int i = 0; i < outside.size(); i++) {
            String name = outside.get(i).name();
            String withoutLastWord = name.substring(0, name.lastIndexOf(' '));
            long started = System.nanoTime();
            store.search(withoutLastWord, LIMIT);
            prefix[i] = (System.nanoTime() - started) / 1e6;
        }
        row(table, "the whole name (\"Henry Kissinger 48213\")", first + " of " + outside.size(), exact);
        row(table, "the name without its number (\"Henry Kissinger\")", "n/a", prefix);
        double p95 = Math.max(percentile(exact, 95), percentile(prefix, 95));
        results.target("store-side search on the " + storeName + " store, node outside the scene", "≤ 200 ms p95",
                "p95 " + Format.ms(p95) + " ms; exact name first in " + first + " of " + outside.size(), p95 <= 200 && first == outside.size());
        System.err.printf("store-side search: exact p95 %s ms, prefix p95 %s ms, exact first %d/%d%n",
                Format.ms(percentile(exact, 95)), Format.ms(percentile(prefix, 95)), first, outside.size());
    }

    /** Actors by seeded random index, outside the overview; synthetic ids are "a-" and the index. */
    private static List<Target> sample(BenchStore bench, Set<String> inScene) {
        long actors = bench.driver().executableQuery("MATCH (n:Actor) RETURN count(n) AS c").execute().records().get(0).get("c").asLong();
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> ids = new ArrayList<>();
        while (ids.size() < QUERIES + WARM_UP) {
            String id = "a-" + random.nextLong(actors);
            if (!inScene.contains(id) && !ids.contains(id)) {
                ids.add(id);
            }
        }
        List<Target> nodes = new ArrayList<>();
        for (String id : ids) {
            List<Record> found = bench.driver().executableQuery("MATCH (n:Entity {id: $id}) RETURN n.name AS name")
                    .withParameters(java.util.Map.of("id", id)).execute().records();
            found.stream().findFirst().ifPresent(r -> nodes.add(new Target(id, r.get("name").asString())));
        }
        return nodes;
    }

    private static void row(Table table, String typed, String exactFirst, double[] millis) {
        table.add(typed, exactFirst, Format.ms(percentile(millis, 50)), Format.ms(percentile(millis, 95)),
                Format.ms(Arrays.stream(millis).max().orElse(0)));
    }

    /** The nearest-rank percentile. */
    static double percentile(double[] millis, int percent) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
