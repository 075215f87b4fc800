package org.backchannel.bench.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backchannel.dataset.SheetReader;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Dataset;
import org.backchannel.model.Secrecy;
import org.backchannel.store.ImportResult;
import org.backchannel.store.embedded.EmbeddedNeo4j;
import org.backchannel.store.neo4j.ConnectionSettings;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The import figures of issue #12, each on a fresh embedded store prepared as the app prepares its own
 * ({@code connectAndPrepare}: every constraint and index of {@code StoreSchema} exists before anything is written):
 * <ol>
 *   <li>a generated exchange sheet of {@code rows} rows read, checked and imported in one transaction, against
 *       the same dataset written by {@link BulkLoader} (UNWIND batches through the driver, a transaction each) into
 *       a store with the same indexes, so that both keep the same indexes up to date;</li>
 *   <li>ten datasets of {@code rows / 10} rows in one store, then one of them imported again unchanged.</li>
 * </ol>
 * A pair at a tenth of the size runs first, unmeasured, so that neither side pays the Cypher planner's
 * warm-up alone; the measured pairs alternate which side goes first, as the first still pays the JIT's. Wall time, the process's CPU time (the embedded DBMS runs in this JVM) and the
 * load average are printed, not asserted: these are bench figures, not timed tests.
 */
public final class ImportFigures {

    private static final int PARTIES_PER_ROW = 50;
    private static final int CHANNELS = 100;

    private ImportFigures() {
    }

    /**
     * @param folder   where a new folder of sheets and stores is made for this run
     * @param repeat   how many measured pairs of import and batches to run
     * @param reimport whether to measure the re-import among ten datasets too
     */
    public static void run(int rows, Path folder, int repeat, boolean reimport) throws IOException {
        Path work = Files.createTempDirectory(Files.createDirectories(folder), "run-");
        long started = System.nanoTime();
        HeapAfterGc.peakMegabytesSinceLastAsked(); // starts listening to the collectors
        pair(work, "warm-up", Math.max(1_000, rows / 10), true);
        List<Double> ratios = new ArrayList<>();
        for (int i = 1; i <= repeat; i++) {
            ratios.add(pair(work, "run " + i, rows, i % 2 == 1));
        }
        System.out.printf("import ÷ batches over %d run(s): %s%n", repeat,
                ratios.stream().map(r -> String.format("%.2f", r)).toList());
        if (reimport) {
            reimport(rows / 10, work);
        }
        System.out.printf("whole run %d s; max heap %d MB%n", ms(started, System.nanoTime()) / 1000,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /**
     * One import and the same rows in batches, each into its own fresh store; the ratio of their wall times.
     * The first pair after the warm-up still compiles code both sides use (Cypher's runtime, the commit), and
     * whichever runs first pays for it: so the order alternates, the import first in odd runs.
     */
    private static double pair(Path work, String name, int rows, boolean importFirst) throws IOException {
        Path mapping = mapping(work);
        Path sheet = sheet(work.resolve("exchanges-" + rows + ".csv"), rows, 0);
        try {
            Clock batches = importFirst ? null : batches(work, name, new SheetReader().read(sheet, mapping));
            Clock imported = Clock.start();
            Dataset dataset;
            try (Stores stores = Stores.fresh(work.resolve("import-" + name.replace(' ', '-')))) {
                Clock clock = Clock.start();
                dataset = new SheetReader().read(sheet, mapping);
                Clock read = clock.lap();
                ImportResult result = stores.store.importDataset(dataset);
                Clock done = clock.lap();
                System.out.printf("%s: sheet import, %d rows: read and checked %s; written in one transaction %s; whole %s "
                        + "(%d elements)%n", name, rows, read.since(clock), done.since(read), done.since(clock), result.changed());
                imported = done.minus(clock);
            }
            batches = importFirst ? batches(work, name, dataset) : batches;
            double ratio = (double) imported.wallNanos() / batches.wallNanos();
            System.out.printf("%s (%s first): import ÷ batches: wall %.2f ×, CPU %.2f ×; heap left after a collection at most %d MB%n",
                    name, importFirst ? "import" : "batches", ratio, (double) imported.cpuNanos() / batches.cpuNanos(),
                    HeapAfterGc.peakMegabytesSinceLastAsked());
            return ratio;
        } catch (org.backchannel.dataset.DatasetException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static Clock batches(Path work, String name, Dataset dataset) {
        try (Stores stores = Stores.fresh(work.resolve("unwind-" + name.replace(' ', '-')))) {
            Clock clock = Clock.start();
            new BulkLoader(stores.driver, (done, total) -> { }).load(dataset);
            Clock batches = clock.lap().minus(clock);
            System.out.printf("%s: UNWIND batches of %d rows through the driver, same dataset, same indexes: %s%n", name,
                    BulkLoader.BATCH, batches);
            return batches;
        }
    }

    private static void reimport(int rows, Path work) throws IOException {
        try (Stores stores = Stores.fresh(work.resolve("ten"))) {
            Path again = null;
            for (int d = 0; d < 10; d++) {
                Path sheet = sheet(work.resolve("dataset-" + d + ".csv"), rows, d);
                stores.store.importDataset(new SheetReader().read(sheet, datasetMapping(work, d)));
                again = d == 3 ? sheet : again;
            }
            long start = System.nanoTime();
            ImportResult result = stores.store.importDataset(new SheetReader().read(again, datasetMapping(work, 3)));
            System.out.printf("re-import of one unchanged dataset of %d rows among ten: %d ms, %d elements changed%n",
                    rows, ms(start, System.nanoTime()), result.changed());
        } catch (org.backchannel.dataset.DatasetException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Rows of exchanges between generated people through generated channels; {@code offset} shifts the rows' numbers. */
    static Path sheet(Path file, int rows, int offset) throws IOException {
        int parties = Math.max(2, rows / PARTIES_PER_ROW);
        List<ChannelType> types = List.of(ChannelType.values());
        List<Secrecy> secrecies = List.of(Secrecy.values());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Id,From,To,Date,Channel,Channel type,Secrecy,Quote\n");
            for (int r = 0; r < rows; r++) {
                int n = offset * rows + r;
                int from = (int) ((n * 7919L) % parties);
                int to = (from + 1 + n % (parties - 1)) % parties;
                int channel = n % CHANNELS;
                out.write("e-" + n + ",Person " + from + ",Person " + to + "," + (1950 + n % 70) + ",Channel " + channel + ","
                        + types.get(channel % types.size()).code() + "," + secrecies.get(channel % secrecies.size()).code()
                        + ",\"Person " + from + " wrote to Person " + to + ", row " + n + ".\"\n");
            }
        }
        return file;
    }

    private static Path mapping(Path work) throws IOException {
        return datasetMapping(work, -1);
    }

    /** @param d the dataset's number among ten, or -1 for the one large sheet */
    private static Path datasetMapping(Path work, int d) throws IOException {
        String id = d < 0 ? "generated-exchanges" : "generated-" + d;
        Path file = work.resolve(id + ".mapping.json");
        Files.writeString(file, """
                {"format": "backchannel-mapping/1", "sheet": "exchanges",
                 "dataset": {"id": "%s", "title": "Generated exchanges %s"},
                 "sources": [{"id": "generated", "kind": "document", "title": "Generated for the bench"}],
                 "columns": {"id": "Id", "from": "From", "to": "To", "date": "Date", "channel": "Channel",
                             "channelType": "Channel type", "secrecy": "Secrecy", "quote": "Quote"},
                 "defaults": {"source": "generated"}}
                """.formatted(id, id));
        return file;
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** A fresh embedded store with Backchannel's schema, and a driver to it. */
    private record Stores(EmbeddedNeo4j neo4j, Neo4jGraphStore store, Driver driver) implements AutoCloseable {

        static Stores fresh(Path home) {
            EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(home);
            ConnectionSettings settings = new ConnectionSettings(neo4j.boltUri(), neo4j.username(), neo4j.password());
            return new Stores(neo4j, Neo4jGraphStore.connectAndPrepare(settings),
                    GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.username(), neo4j.password())));
        }

        @Override
        public void close() {
            driver.close();
            store.close();
            neo4j.close();
        }
    }
}
