package org.backchannel.bench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.bench.report.Samples;
import org.backchannel.model.ChannelType;
import org.backchannel.model.YearRange;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.neo4j.LinkSeek;
import org.backchannel.store.neo4j.OverviewQuery;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * The overview's parts side by side on one store, each of them in turn in every round so that a shared machine's
 * swings fall on all alike: the node rows, the links by expansion and by the lesser-degree seek (the same
 * parameters, every field of every row read), the sample that chooses between them ({@code LinkSeek.PROBE}), and the whole {@code GraphStore.overview}. The first round is a fresh
 * JVM's and is reported apart from the warm median. Each link statement's database hits are counted once with
 * {@code PROFILE}: unlike times, they do not depend on the load.
 *
 * <pre>overview-ways --store bench/stores/1M-scale-free-5 [--runs 7]</pre>
 */
public final class OverviewWays {

    private static final int CAP = 10_000;
    private static final String NODES = "nodes";
    private static final String EXPANSION = "links by expansion";
    private static final String SEEK = "links by seek";
    private static final String PROBE = "probe (seek or not)";
    private static final String OVERVIEW = "GraphStore.overview";

    private OverviewWays() {
    }

    public static void run(Path folder, int runs) throws Exception {
        System.out.println("load average at the start: " + load());
        try (BenchStore bench = BenchStore.open(folder)) {
            GraphFilter backChannels = new GraphFilter(EnumSet.of(ChannelType.BACK_CHANNEL), new YearRange(1969, 1977));
            for (GraphFilter filter : List.of(GraphFilter.ALL, backChannels)) {
                measure(bench, filter, runs);
            }
        }
        System.out.println("load average at the end: " + load());
    }

    private static void measure(BenchStore bench, GraphFilter filter, int runs) throws Exception {
        Map<String, Object> nodeParameters = OverviewQuery.nodeParameters(filter, CAP);
        List<String> keys = new ArrayList<>();
        long lowest = read(bench, tx -> {
            List<Record> rows = tx.run(OverviewQuery.NODES, nodeParameters).list();
            rows.stream().limit(CAP).forEach(row -> keys.add(row.get("key").asString()));
            return rows.get(Math.min(CAP, rows.size()) - 1).get("degree").asLong();
        });
        Map<String, Object> linkParameters = OverviewQuery.linkParameters(filter, keys, CAP);
        linkParameters.put("degree", lowest);
        Map<String, Object> probeParameters = new java.util.HashMap<>(linkParameters);
        List<String> sample = new ArrayList<>();
        int step = Math.max(1, keys.size() / LinkSeek.SAMPLE);
        for (int i = step / 2; i < keys.size(); i += step) {
            sample.add(keys.get(i));
        }
        probeParameters.put("sample", sample);
        probeParameters.put("most", (long) LinkSeek.MOST_ABOVE_PER_SHOWN * keys.size());
        Map<String, Samples.Work> parts = new LinkedHashMap<>();
        long[] rows = new long[5];
        parts.put(NODES, () -> rows[0] = read(bench, tx -> drain(tx.run(OverviewQuery.NODES, nodeParameters))));
        parts.put(EXPANSION, () -> rows[1] = read(bench, tx -> drain(tx.run(OverviewQuery.LINKS, linkParameters))));
        parts.put(SEEK, () -> rows[2] = read(bench, tx -> drain(tx.run(LinkSeek.LINKS, linkParameters))));
        parts.put(PROBE, () -> rows[3] = read(bench, tx -> drain(tx.run(LinkSeek.PROBE, probeParameters))));
        parts.put(OVERVIEW, () -> rows[4] = bench.store().overview(filter, CAP).links().size());
        Map<String, double[]> millis = new LinkedHashMap<>();
        parts.keySet().forEach(part -> millis.put(part, new double[runs + 1]));
        for (int round = 0; round <= runs; round++) {
            for (var part : parts.entrySet()) {
                long started = System.nanoTime();
                part.getValue().run();
                millis.get(part.getKey())[round] = (System.nanoTime() - started) / 1e6;
            }
        }
        System.out.printf("%s: %,d nodes shown, the last of degree %d; %d warm rounds (load average %s)%n",
                filter.equals(GraphFilter.ALL) ? "unfiltered" : "back channel, 1969-1977", keys.size(), lowest, runs, load());
        int at = 0;
        for (var part : millis.entrySet()) {
            double[] all = part.getValue();
            Samples warm = new Samples(java.util.Arrays.copyOfRange(all, 1, all.length));
            System.out.printf("  %-20s first %7.1f ms, warm median %7.1f (min %7.1f), %,d rows%n",
                    part.getKey(), all[0], warm.median(), warm.min(), rows[at++]);
        }
        System.out.printf("  db hits: expansion %,d, seek %,d%n", hits(bench, OverviewQuery.LINKS, linkParameters),
                hits(bench, LinkSeek.LINKS, linkParameters));
    }

    private static <T> T read(BenchStore bench, org.neo4j.driver.TransactionCallback<T> work) {
        try (Session session = bench.driver().session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(work);
        }
    }

    private static long hits(BenchStore bench, String statement, Map<String, Object> parameters) {
        return read(bench, tx -> {
            Result result = tx.run("PROFILE " + statement, parameters);
            drain(result);
            return hits(result.consume().profile());
        });
    }

    private static long hits(ProfiledPlan plan) {
        return plan.dbHits() + plan.children().stream().mapToLong(OverviewWays::hits).sum();
    }

    /** Every field of every row, as decoding would touch them. */
    private static long drain(Result result) {
        long count = 0;
        while (result.hasNext()) {
            Record row = result.next();
            for (int i = 0; i < row.size(); i++) {
                row.get(i);
            }
            count++;
        }
        return count;
    }

    private static String load() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (Exception e) {
            return "unknown";
        }
    }
}
