package org.backchannel.bench.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.backchannel.model.Dataset;
import org.backchannel.store.StoreUnavailableException;
import org.backchannel.store.embedded.EmbeddedNeo4j;
import org.backchannel.store.neo4j.ConnectionSettings;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.backchannel.synthetic.Shape;
import org.backchannel.synthetic.SyntheticDataset;
import org.backchannel.synthetic.SyntheticSize;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * An embedded Neo4j store holding one synthetic dataset, opened the way the app opens its store, plus a bare
 * driver for measuring what the driver alone costs. A store is complete once its marker file exists: the marker
 * is written last, so an interrupted generation is never mistaken for a finished one.
 */
public final class BenchStore implements AutoCloseable {

    static final String MARKER = "bench-store.properties";
    /** Up to this size the store is written by {@code GraphStore.importDataset}, in one transaction, as the app does. */
    static final int IMPORT_LIMIT = SyntheticSize.M.nodes();

    private final EmbeddedNeo4j neo4j;
    private final Neo4jGraphStore store;
    private final Driver driver;

    private BenchStore(EmbeddedNeo4j neo4j) {
        this.neo4j = neo4j;
        ConnectionSettings settings = new ConnectionSettings(neo4j.boltUri(), neo4j.username(), neo4j.password());
        this.store = Neo4jGraphStore.connectAndPrepare(settings);
        this.driver = driver(neo4j);
    }

    /** Connects and prepares the store (the app prepares its embedded store the same way); gives their population more than the app's minute if it needs it. */
    private static BenchStore withIndexes(EmbeddedNeo4j neo4j) {
        try {
            return new BenchStore(neo4j);
        } catch (StoreUnavailableException e) {
            System.err.println("Indexes still building (" + e.getMessage() + "); waiting for them");
            try (Driver driver = driver(neo4j); Session session = driver.session()) {
                session.run("CALL db.awaitIndexes(3600)").consume();
            }
            return new BenchStore(neo4j);
        }
    }

    private static Driver driver(EmbeddedNeo4j neo4j) {
        return GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.username(), neo4j.password()));
    }

    /** Opens a complete store. */
    public static BenchStore open(Path folder) {
        if (!isComplete(folder)) {
            throw new IllegalArgumentException(folder + " holds no complete bench store");
        }
        return new BenchStore(EmbeddedNeo4j.start(folder));
    }

    public static boolean isComplete(Path folder) {
        return Files.isRegularFile(folder.resolve(MARKER));
    }

    /**
     * Generates the dataset and writes it into a new store in {@code folder}, which must not exist or be empty.
     *
     * @return the generated dataset
     */
    public static Dataset generate(Path folder, SyntheticSize size, Shape shape, long seed) throws IOException {
        if (Files.isDirectory(folder)) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(folder + " is not empty; give a new folder or delete this one");
                }
            }
        }
        Files.createDirectories(folder);
        long started = System.nanoTime();
        Dataset dataset = SyntheticDataset.generate(size, shape, seed);
        System.err.printf("Generated %s %s: %,d nodes, %,d links in %.1f s%n", size.name(), shape.code(),
                dataset.nodes().size(), dataset.links().size(), (System.nanoTime() - started) / 1e9);
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(folder);
        long loading = System.nanoTime();
        boolean bulk = size.nodes() > IMPORT_LIMIT;
        if (bulk) {
            try (Driver driver = driver(neo4j)) {
                new BulkLoader(driver, BenchStore::report).load(dataset);
                System.err.printf("Wrote the elements in %.1f s; building the indexes%n", (System.nanoTime() - loading) / 1e9);
            }
        }
        try (BenchStore store = withIndexes(neo4j)) {
            if (!bulk) {
                store.store().importDataset(dataset);
            }
            System.err.printf("Wrote the store in %.1f s%n", (System.nanoTime() - loading) / 1e9);
        }
        Properties marker = new Properties();
        marker.setProperty("size", size.name());
        marker.setProperty("shape", shape.code());
        marker.setProperty("seed", String.valueOf(seed));
        marker.setProperty("nodes", String.valueOf(dataset.nodes().size()));
        marker.setProperty("links", String.valueOf(dataset.links().size()));
        try (Writer out = Files.newBufferedWriter(folder.resolve(MARKER), StandardCharsets.UTF_8)) {
            marker.store(out, "A complete Backchannel bench store");
        }
        return dataset;
    }

    /** What the marker of a complete store says: size, shape, seed, nodes, links. */
    public static Properties describe(Path folder) throws IOException {
        Properties marker = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve(MARKER), StandardCharsets.UTF_8)) {
            marker.load(in);
        }
        return marker;
    }

    private static void report(long done, long total) {
        if (done % 100_000 < BulkLoader.BATCH || done == total) {
            System.err.printf("  %,d of %,d elements written%n", done, total);
        }
    }

    public Neo4jGraphStore store() {
        return store;
    }

    /** A driver of its own, for baselines that bypass {@code Neo4jGraphStore}. */
    public Driver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.close();
            store.close();
        } finally {
            neo4j.close();
        }
    }
}
