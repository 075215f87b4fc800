package org.backchannel.bench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.backchannel.bench.report.Format;
import org.backchannel.perspective.PerspectiveProposal;
import org.backchannel.store.StoreUnavailableException;
import org.backchannel.store.embedded.EmbeddedNeo4j;
import org.backchannel.store.neo4j.ConnectionSettings;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.backchannel.store.neo4j.PerspectiveStore;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * Store-side search through a perspective on the large foreign store of {@link PerspectiveProposalBench}
 * (people, embassies, cables and meeting nodes): first the bounded scan a store without a full-text
 * index gets, then, once the store's owner has made a full-text index on the name property, the
 * indexed search. Queries are exact names and word prefixes of seeded random people, as typed in the
 * search box; each figure is the latency of {@code PerspectiveStore.search(text, 25)} through Bolt.
 */
public final class PerspectiveSearchBench {

    private static final int LIMIT = 25;
    private static final String INDEX = "bench_names";
    private static final String RANGE_INDEX = "bench_person_names";

    private PerspectiveSearchBench() {
    }

    public static void run(Path folder, int people, int scanRuns, int indexedRuns) throws Exception {
        boolean fresh = !Files.isDirectory(folder);
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(folder)) {
            if (fresh) {
                PerspectiveProposalBench.write(neo4j, people);
            }
            ConnectionSettings settings = new ConnectionSettings(neo4j.boltUri(), neo4j.username(), neo4j.password());
            try (Driver owner = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.username(), neo4j.password()));
                 Session session = owner.session()) {
                session.run("DROP INDEX " + INDEX + " IF EXISTS").consume();
            }
            List<String> queries = queries(people, Math.max(scanRuns, indexedRuns));
            try (Neo4jGraphStore guest = Neo4jGraphStore.connect(settings)) {
                measure("scan (no full-text index)", open(guest), queries.subList(0, scanRuns));
            }
            seekExactNames(neo4j, settings, queries.subList(0, indexedRuns));
            try (Driver owner = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.username(), neo4j.password()));
                 Session session = owner.session()) {
                long started = System.nanoTime();
                session.run("CREATE FULLTEXT INDEX " + INDEX + " FOR (n:Person|Embassy) ON EACH [n.name]").consume();
                session.run("CALL db.awaitIndexes(1800)").consume();
                System.out.printf("the owner's full-text index on name built in %s s%n", Format.ms((System.nanoTime() - started) / 1e9));
            }
            try (Neo4jGraphStore guest = Neo4jGraphStore.connect(settings)) {
                PerspectiveStore store = open(guest);
                System.out.println("search asks the index " + store.searchIndex().orElse("(none)"));
                measure("full-text index", store, queries.subList(0, indexedRuns));
            }
        }
    }

    /**
     * Without a full-text index but with the owner's range index on {@code Person.name}: exact names typed
     * as stored are answered by an index seek before any scan (prefixes still scan, as measured above).
     */
    private static void seekExactNames(EmbeddedNeo4j neo4j, ConnectionSettings settings, List<String> queries) throws Exception {
        try (Driver owner = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.username(), neo4j.password()));
             Session session = owner.session()) {
            session.run("DROP INDEX " + RANGE_INDEX + " IF EXISTS").consume();
            session.run("CREATE RANGE INDEX " + RANGE_INDEX + " FOR (n:Person) ON (n.name)").consume();
            session.run("CALL db.awaitIndexes(1800)").consume();
        }
        try (Neo4jGraphStore guest = Neo4jGraphStore.connect(settings)) {
            PerspectiveStore store = open(guest);
            System.out.println("search seeks exact names in " + store.exactNameSeeks());
            List<String> exact = queries.stream().filter(PerspectiveSearchBench::isExactName).toList();
            measure("range index on name, exact names only", store, exact);
        } finally {
            try (Driver owner = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.username(), neo4j.password()));
                 Session session = owner.session()) {
                session.run("DROP INDEX " + RANGE_INDEX + " IF EXISTS").consume();
            }
        }
    }

    private static PerspectiveStore open(Neo4jGraphStore guest) throws Exception {
        var schema = PerspectiveStore.sample(guest);
        return PerspectiveStore.open(guest, schema, PerspectiveProposal.propose(schema), "the proposal");
    }

    /** Half exact names ("Person 123456"), half prefixes of both words ("pers 1234"), of seeded random people. */
    private static List<String> queries(int people, int count) {
        Random random = new Random(11);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int id = random.nextInt(people);
            queries.add(i % 2 == 0 ? "Person " + id : "pers " + String.valueOf(id).substring(0, Math.min(4, String.valueOf(id).length())));
        }
        return queries;
    }

    private static void measure(String how, PerspectiveStore store, List<String> queries) {
        List<Double> answered = new ArrayList<>();
        int exactFirst = 0;
        int timedOut = 0;
        for (int i = 0; i < queries.size(); i++) {
            long started = System.nanoTime();
            try {
                var hits = store.search(queries.get(i), LIMIT);
                answered.add((System.nanoTime() - started) / 1e6);
                if (isExactName(queries.get(i)) && !hits.isEmpty() && hits.get(0).node().name().equals(queries.get(i))) {
                    exactFirst++;
                }
            } catch (StoreUnavailableException e) {
                // The browsing timeout (20 s) ended it: what the window would say, and a figure in itself.
                timedOut++;
            }
        }
        double[] millis = answered.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("search through a perspective, %s: %d queries, %d ran past the 20 s browsing timeout; answered: median %s ms, "
                        + "p95 %s ms, max %s ms; exact name first %d of %d%n", how, queries.size(), timedOut,
                Format.ms(at(millis, 0.5)), Format.ms(at(millis, 0.95)), Format.ms(at(millis, 1.0)), exactFirst, queries.stream().filter(PerspectiveSearchBench::isExactName).count());
    }

    /** "Person 123456", as stored, rather than a prefix ("pers 1234"). */
    private static boolean isExactName(String query) {
        return query.startsWith("Person ");
    }

    /** The value at this fraction of the sorted figures (nearest rank); NaN when there are none. */
    private static double at(double[] sorted, double fraction) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.max(0, (int) Math.ceil(sorted.length * fraction) - 1)];
    }
}
