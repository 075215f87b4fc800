package org.backchannel.bench.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backchannel.bench.report.Format;
import org.backchannel.bench.report.Results;
import org.backchannel.bench.report.Table;
import org.backchannel.synthetic.Shape;
import org.backchannel.synthetic.SyntheticSize;

/** Live heap of graph plus layout state, ours against Gephi's, each measured in a fresh JVM by {@link HeapProbe}. */
public final class HeapBench {

    private final Results results;
    private final Table table;
    private final long seed;

    public HeapBench(Results results, long seed) {
        this.results = results;
        this.seed = seed;
        this.table = results.table("Live heap of graph and layout state", "Used heap after full GCs, minus the same "
                        + "before building the graph, after one layout iteration; one fresh JVM (-Xmx4g) per figure.",
                "size", "shape", "ours", "Gephi FA2", "ours / Gephi");
    }

    /** @return ours / Gephi */
    public double measure(SyntheticSize size, Shape shape) throws IOException, InterruptedException {
        long ours = probe("ours", size, shape);
        long gephi = probe("gephi", size, shape);
        double ratio = (double) ours / gephi;
        table.add(size.name(), shape.code(), Format.mebibytes(ours), Format.mebibytes(gephi), Format.ratio(ratio));
        System.err.printf("heap %s %s: ours %s, Gephi %s%n", size.name(), shape.code(), Format.mebibytes(ours), Format.mebibytes(gephi));
        return ratio;
    }

    public void target(String measured, boolean met) {
        results.target("live heap, graph + layout state, L graph", "≤ 0.5 × Gephi's (Gephi: ~250 MB)", measured, met);
    }

    private long probe(String peer, SyntheticSize size, Shape shape) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx4g", "-cp", System.getProperty("java.class.path"),
                "org.backchannel.bench.Main", "heap-probe", "--peer", peer, "--size", size.name(), "--shape", shape.code(),
                "--seed", String.valueOf(seed)));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        return out.lines().filter(l -> l.startsWith(HeapProbe.PREFIX)).findFirst()
                .map(l -> Long.parseLong(l.substring(HeapProbe.PREFIX.length())))
                .orElseThrow(() -> new IOException("heap probe for " + peer + " exited with " + exit + " and said: " + out));
    }
}
