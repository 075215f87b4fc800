package org.backchannel.bench.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backchannel.bench.report.Format;
import org.backchannel.bench.report.Machine;
import org.backchannel.synthetic.Shape;
import org.backchannel.synthetic.SyntheticSize;

/**
 * The client's heap with a graph on screen against Gephi's graph model for the same graph (issue #15: at most
 * a quarter), each measured by {@link ClientHeapProbe} in a fresh JVM; writes {@code client-heap.md}.
 */
public final class ClientHeapBench {

    private ClientHeapBench() {
    }

    public static void run(SyntheticSize size, Shape shape, long seed, Path out) throws IOException, InterruptedException {
        String[] said = probe("ours", size, shape, seed);
        long ours = figure(said, ClientHeapProbe.PREFIX);
        long gephi = figure(probe("gephi", size, shape, seed), ClientHeapProbe.PREFIX);
        // The layer's rasters are shown through images that share their pixels (LayerImage); JavaFX's software
        // pipeline still makes a texture of each image, as many bytes as its raster, which the probe cannot build
        // (jmap -histo:live of a canvas drawing such images, docs/benchmarks.md).
        long images = figure(said, ClientHeapProbe.LAYER_PREFIX);
        double ratio = (double) (ours + images) / gephi;
        String report = String.join("\n",
                "# Client heap with the graph on screen",
                "",
                Machine.describe().entrySet().stream().map(e -> "- " + e.getKey() + ": " + e.getValue())
                        .collect(java.util.stream.Collectors.joining("\n")),
                "- load average at end: " + Machine.loadAverage(),
                "- graph: " + size.name() + " " + shape.code() + ", seed " + seed,
                "",
                "| ours (probe) | + JavaFX's textures of the two layer images | ours in all | Gephi's graph model | ours / Gephi (target ≤ 0.25) |",
                "| --: | --: | --: | --: | --: |",
                "| " + Format.mebibytes(ours) + " | " + Format.mebibytes(images) + " | " + Format.mebibytes(ours + images)
                        + " | " + Format.mebibytes(gephi) + " | " + Format.ratio(ratio) + " |",
                "");
        Files.createDirectories(out);
        Files.writeString(out.resolve("client-heap.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private static long figure(String[] said, String prefix) throws IOException {
        for (String line : said) {
            if (line.startsWith(prefix)) {
                return Long.parseLong(line.substring(prefix.length()));
            }
        }
        throw new IOException("the client heap probe did not say " + prefix + ": " + String.join("\n", said));
    }

    /** What the probe said, line by line. */
    private static String[] probe(String peer, SyntheticSize size, Shape shape, long seed) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx4g", "-cp", System.getProperty("java.class.path"),
                "org.backchannel.bench.Main", "client-heap-probe", "--peer", peer, "--size", size.name(), "--shape", shape.code(),
                "--seed", String.valueOf(seed)));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IOException("client heap probe for " + peer + " exited with " + exit + " and said: " + said);
        }
        return said.lines().toArray(String[]::new);
    }
}
