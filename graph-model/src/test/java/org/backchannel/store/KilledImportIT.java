package org.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.backchannel.model.Dataset;
import org.backchannel.store.embedded.EmbeddedNeo4j;
import org.backchannel.store.neo4j.ConnectionSettings;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.backchannel.synthetic.Shape;
import org.backchannel.synthetic.SyntheticDataset;
import org.backchannel.synthetic.SyntheticSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed with SIGKILL at several moments leaves the store exactly as before or exactly as
 * after, never in between, and the store opens normally afterwards (Neo4j recovers from its
 * transaction log; the import is one transaction).
 */
class KilledImportIT {

    /** When the child is killed: so many milliseconds after it printed a word. */
    private record KillPoint(String after, long millis) {
    }

    private static final List<KillPoint> ALL_KILL_POINTS = List.of(new KillPoint("importing", 0), new KillPoint("importing", 500),
            new KillPoint("importing", 1_500), new KillPoint("importing", 4_000), new KillPoint("imported", 100));

    /**
     * The suite kills at the start, in the middle and just after the commit (each kill starts a JVM and an
     * embedded DBMS, about 19 s); {@code -Dbackchannel.allKillPoints=true} kills at all five moments.
     */
    private static final List<KillPoint> KILL_POINTS = Boolean.getBoolean("backchannel.allKillPoints") ? ALL_KILL_POINTS
            : List.of(ALL_KILL_POINTS.get(0), ALL_KILL_POINTS.get(2), ALL_KILL_POINTS.get(4));

    @TempDir
    Path work;

    static Dataset bigDataset() {
        return SyntheticDataset.generate(new SyntheticSize("kill", 10_050, 20_000), Shape.UNIFORM, 7);
    }

    @Test
    void theStoreIsBeforeOrAfterNeverInBetween() throws Exception {
        Path original = work.resolve("original");
        String before = withStore(original, store -> {
            store.importDataset(TestDatasets.small());
            return store.contentDigest();
        });
        String after = withStore(work.resolve("reference"), store -> {
            // The killed child imports the big dataset beside the small one, which stays.
            store.importDataset(TestDatasets.small());
            store.importDataset(bigDataset());
            return store.contentDigest();
        });
        List<String> outcomes = new ArrayList<>();
        for (KillPoint point : KILL_POINTS) {
            Path copy = work.resolve("killed-" + point.after() + "-" + point.millis());
            copyTree(original, copy);
            runAndKill(copy, point);
            String digest = withStore(copy, GraphStore::contentDigest);
            assertThat(digest).as("store killed " + point).isIn(before, after);
            if (point.after().equals("imported")) {
                assertThat(digest).as("a committed import survives SIGKILL").isEqualTo(after);
            }
            outcomes.add(point.millis() + " ms after " + point.after() + ": " + (digest.equals(before) ? "before" : "after"));
        }
        System.out.println("Killed imports: " + outcomes);
    }

    /** Runs the child and kills it with SIGKILL at the given point. */
    private static void runAndKill(Path home, KillPoint point) throws IOException, InterruptedException {
        // The child's output goes to a file: a pipe nobody drains would block the child and stall its import.
        Path log = home.resolveSibling(home.getFileName() + ".log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ImportUntilKilled.class.getName(), home.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        // Whole lines only: the child's own log mentions words like "imported" long before the commit.
        while (child.isAlive() && !Files.readAllLines(log, StandardCharsets.ISO_8859_1).contains(point.after())
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(child.isAlive()).as("the child is still running at " + point + "; its log: " + log).isTrue();
        // Without this the kill would land wherever the child was at the deadline, and the test would check another moment.
        assertThat(Files.readAllLines(log, StandardCharsets.ISO_8859_1)).as("the child said \"" + point.after() + "\" within 120 s; its log: " + log)
                .contains(point.after());
        Thread.sleep(point.millis());
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
    }

    private interface StoreWork<T> {
        T apply(Neo4jGraphStore store) throws Exception;
    }

    private static <T> T withStore(Path home, StoreWork<T> work) throws Exception {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(home);
             Neo4jGraphStore store = Neo4jGraphStore.connect(new ConnectionSettings(neo4j.boltUri(), neo4j.username(), neo4j.password()))) {
            return work.apply(store);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().equals("store_lock")) {
                    Files.copy(source, target);
                }
            }
        }
    }
}
