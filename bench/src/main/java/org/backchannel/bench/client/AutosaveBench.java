package org.backchannel.bench.client;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.exploration.DrawingCacheMapping;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.ExplorationSnapshot;
import org.backchannel.exploration.FrozenExploration;
import org.backchannel.exploration.SessionMapping;
import org.backchannel.exploration.Viewpoint;
import org.backchannel.model.Dataset;
import org.backchannel.session.DrawingCache;
import org.backchannel.session.DrawingCacheFile;
import org.backchannel.session.Session;
import org.backchannel.session.SessionFiles;
import org.backchannel.session.StoreIdentity;
import org.backchannel.synthetic.Shape;
import org.backchannel.synthetic.SyntheticDataset;
import org.backchannel.synthetic.SyntheticSize;

/**
 * The autosave's pause on the UI thread (issue #10: ≤ 16 ms at 10,000 nodes) and the sizes of what it
 * writes. The pause is what the app's {@code Autosave.take} does: {@code Exploration.freeze}, whose
 * snapshot and drawn elements are worked out in the background. Measured after the changes an analyst
 * makes: one node dragged, every node moved by a layout, a node hidden (what is drawn changes), a
 * node removed (the scene changes). The file's bytes and the whole save are timed once more each.
 */
public final class AutosaveBench {

    private static final int WARMUPS = 5;
    private static final int RUNS = 30;

    private AutosaveBench() {
    }

    public static void run(SyntheticSize size, Shape shape, long seed, Path out) throws Exception {
        Dataset dataset = SyntheticDataset.generate(size, shape, seed);
        Exploration exploration = new Exploration();
        exploration.load(LoadedGraph.of(dataset.nodes(), dataset.links()).indexed());
        List<String> ids = exploration.visible().nodeIds().stream().sorted().toList();
        SplittableRandom random = new SplittableRandom(seed);
        placeAll(exploration, ids, random);
        UiThreadPart ui = new UiThreadPart(exploration);
        StringBuilder report = new StringBuilder();
        report.append("# Autosave figures\n\n- date: ").append(Instant.now()).append("\n- graph: ").append(size).append(' ').append(shape)
                .append(", ").append(String.format("%,d", ids.size())).append(" nodes, ")
                .append(String.format("%,d", exploration.visible().linkIds().size())).append(" links drawn")
                .append("\n- cores: ").append(Runtime.getRuntime().availableProcessors()).append("; load average at start: ")
                .append(Files.readString(Path.of("/proc/loadavg")).trim()).append("\n\n")
                .append("| the analyst's change before the save | UI-thread pause, median (min, max) ms of ").append(RUNS).append(" |\n")
                .append("| --- | --- |\n");
        int[] turn = {0};
        report.append(row("one node dragged", ui, () -> exploration.commands().move(ids.get(turn[0]++ % ids.size()), turn[0], -turn[0])));
        report.append(row("every node moved by a layout step", ui, () -> placeAll(exploration, ids, random)));
        report.append(row("a node hidden, then shown (what is drawn changes)", ui, () -> {
            String id = ids.get(turn[0]++ % ids.size());
            exploration.commands().hide(List.of(id));
            exploration.commands().show(List.of(id));
        }));
        report.append(row("a node removed, then the removal undone (the scene changes)", ui, () -> {
            exploration.commands().remove(List.of(ids.get(turn[0]++ % ids.size())));
            exploration.undo();
        }));

        ExplorationSnapshot snapshot = exploration.snapshot();
        Viewpoint camera = new Viewpoint(0, 0, 1);
        Session session = SessionMapping.toSession(snapshot, camera, new StoreIdentity(StoreIdentity.EMBEDDED, "neo4j", "sha256:bench"),
                Instant.now());
        DrawingCache picture = DrawingCacheMapping.toCache(DrawingCacheMapping.drawn(exploration), snapshot, camera);
        Path folder = Files.createTempDirectory("autosave-bench");
        Path file = folder.resolve("last.backchannel");
        double[] saves = new double[9];
        for (int i = 0; i < saves.length; i++) {
            long started = System.nanoTime();
            new SessionFiles().save(session, picture, file);
            saves[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(saves);
        double[] reads = new double[9];
        for (int i = 0; i < reads.length; i++) {
            long started = System.nanoTime();
            new DrawingCacheFile().readBeside(file, why -> {
                throw new IllegalStateException(why);
            }).orElseThrow();
            reads[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(reads);
        report.append("\n| file | bytes |\n| --- | --- |\n")
                .append("| session (`backchannel-session/1`) | ").append(String.format("%,d", Files.size(file))).append(" |\n")
                .append("| drawing cache beside it | ").append(String.format("%,d", Files.size(DrawingCacheFile.beside(file)))).append(" |\n")
                .append(String.format("%nWhole save (session and cache, written, forced, renamed; in the background): median %.1f ms of %d. "
                        + "Reading the cache at launch (with the session's stamp): median %.1f ms of %d.%n",
                        saves[saves.length / 2], saves.length, reads[reads.length / 2], reads.length));
        Files.createDirectories(out);
        Files.writeString(out.resolve("autosave.md"), report);
        System.out.print(report);
    }

    private static String row(String change, UiThreadPart ui, Runnable before) {
        double[] millis = new double[RUNS];
        for (int run = -WARMUPS; run < RUNS; run++) {
            before.run();
            // The canvas has worked out what is drawn by the time the autosave runs, seconds later.
            ui.exploration.visible();
            long started = System.nanoTime();
            ui.take();
            if (run >= 0) {
                millis[run] = (System.nanoTime() - started) / 1e6;
            }
        }
        Arrays.sort(millis);
        return String.format("| %s | %.2f (%.2f, %.2f) |%n", change, millis[RUNS / 2], millis[0], millis[RUNS - 1]);
    }

    private static void placeAll(Exploration exploration, List<String> ids, SplittableRandom random) {
        double[] xs = new double[ids.size()];
        double[] ys = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            xs[i] = random.nextDouble(-5_000, 5_000);
            ys[i] = random.nextDouble(-5_000, 5_000);
        }
        exploration.commands().place(ids, xs, ys);
    }

    /** What the app's autosave does on the UI thread, as {@code app/session/Autosave.take}. */
    private static final class UiThreadPart {

        private final Exploration exploration;

        UiThreadPart(Exploration exploration) {
            this.exploration = exploration;
        }

        FrozenExploration take() {
            return exploration.freeze();
        }
    }
}
