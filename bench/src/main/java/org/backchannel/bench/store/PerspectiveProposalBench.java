package org.backchannel.bench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.backchannel.bench.report.Format;
import org.backchannel.perspective.Perspective;
import org.backchannel.perspective.PerspectiveProposal;
import org.backchannel.perspective.SchemaSample;
import org.backchannel.store.embedded.EmbeddedNeo4j;
import org.backchannel.store.neo4j.ConnectionSettings;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.backchannel.store.neo4j.PerspectiveStore;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * How long proposing a perspective takes on a large database Backchannel did not make, as the window
 * does on first opening one: the bounded schema sample ({@link PerspectiveStore#sample}) and the
 * proposal over it, through a guest connection that writes nothing. The store is someone else's
 * cables and meetings: {@code people} {@code Person} nodes, an {@code Embassy} per thousand people,
 * a {@code SENT_CABLE} per person dated in epoch milliseconds, and a {@code Meeting} node per ten
 * people with day-first dates and three {@code ATTENDED} each; written once by Cypher batches.
 */
public final class PerspectiveProposalBench {

    private static final int RUNS = 10;

    private PerspectiveProposalBench() {
    }

    public static void run(Path folder, int people) throws Exception {
        boolean fresh = !Files.isDirectory(folder);
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(folder)) {
            if (fresh) {
                write(neo4j, people);
            }
            ConnectionSettings settings = new ConnectionSettings(neo4j.boltUri(), neo4j.username(), neo4j.password());
            try (Neo4jGraphStore guest = Neo4jGraphStore.connect(settings)) {
                measure(guest);
            }
        }
    }

    private static void measure(Neo4jGraphStore guest) {
        double[] millis = new double[RUNS + 1];
        SchemaSample sample = null;
        Perspective proposed = null;
        for (int i = 0; i <= RUNS; i++) {
            long started = System.nanoTime();
            sample = PerspectiveStore.sample(guest);
            proposed = PerspectiveProposal.propose(sample);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        long nodes = sample.labels().stream().mapToLong(SchemaSample.LabelSample::count).sum();
        long relationships = sample.types().stream().mapToLong(SchemaSample.TypeSample::count).sum();
        double[] measured = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(measured);
        System.out.printf("propose a perspective on %,d nodes and %,d relationships (%d labels, %d types): first %s ms, "
                        + "then median %s ms, max %s ms over %d runs%n", nodes, relationships, sample.labels().size(), sample.types().size(),
                Format.ms(millis[0]), Format.ms(measured[RUNS / 2]), Format.ms(measured[RUNS - 1]), RUNS);
        System.out.println("proposed: " + proposed.labels() + " " + proposed.relationshipTypes() + " dates " + proposed.dateFormats());
    }

    static void write(EmbeddedNeo4j neo4j, int people) {
        long started = System.nanoTime();
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.username(), neo4j.password()));
             Session session = driver.session()) {
            Map<String, Object> p = Map.of("people", people);
            session.run("UNWIND range(0, $people - 1) AS i CALL { WITH i CREATE (:Person {pid: i, name: 'Person ' + i}) } IN TRANSACTIONS OF 50000 ROWS", p).consume();
            session.run("UNWIND range(0, $people / 1000) AS i CALL { WITH i CREATE (:Embassy {eid: i, name: 'Embassy ' + i}) } IN TRANSACTIONS OF 50000 ROWS", p).consume();
            session.run("CREATE INDEX bench_person FOR (n:Person) ON (n.pid)").consume();
            session.run("CREATE INDEX bench_embassy FOR (n:Embassy) ON (n.eid)").consume();
            session.run("CALL db.awaitIndexes(600)").consume();
            session.run("""
                    UNWIND range(0, $people - 1) AS i CALL { WITH i
                      MATCH (a:Person {pid: i}), (b:Embassy {eid: i % ($people / 1000 + 1)})
                      CREATE (a)-[:SENT_CABLE {sentAt: 1483228800000 + i * 60000}]->(b) } IN TRANSACTIONS OF 50000 ROWS""", p).consume();
            session.run("""
                    UNWIND range(0, $people / 10 - 1) AS m CALL { WITH m
                      CREATE (e:Meeting {title: 'Meeting ' + m, date: toString(1 + m % 28) + '/' + toString(1 + m % 12) + '/2017'})
                      WITH m, e UNWIND [m * 10, m * 10 + 1, m * 10 + 2] AS i
                      MATCH (a:Person {pid: i}) CREATE (a)-[:ATTENDED]->(e) } IN TRANSACTIONS OF 10000 ROWS""", p).consume();
        }
        System.out.printf("wrote the store in %s s%n", Format.ms((System.nanoTime() - started) / 1e9));
    }
}
