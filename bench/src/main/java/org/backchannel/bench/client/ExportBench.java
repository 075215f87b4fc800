package org.backchannel.bench.client;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.bench.report.Format;
import org.backchannel.bench.report.Results;
import org.backchannel.bench.report.Samples;
import org.backchannel.bench.report.Table;
import org.backchannel.layout.LayoutState;
import org.backchannel.render.ExportOptions;
import org.backchannel.render.GraphScene;
import org.backchannel.render.Palette;
import org.backchannel.render.PdfPage;
import org.backchannel.render.SceneExporter;
import org.backchannel.store.GraphFilter;

/** PNG (4096 px wide), SVG and PDF (A4 landscape) export of a laid-out graph, through the app's {@link SceneExporter}, to a file. */
public final class ExportBench {

    static final int WIDTH = 4096;

    private final Results results;

    public ExportBench(Results results) {
        this.results = results;
    }

    /** @param positions laid-out positions, one per node in the order of {@code ids} */
    public void measure(String graphName, LoadedGraph graph, List<String> ids, LayoutState positions) throws Exception {
        GraphScene scene = BenchScene.of(graph, VisibleGraph.of(graph, GraphFilter.ALL), ids, positions);
        ExportOptions options = new ExportOptions(WIDTH, 1, false, true, List.of("Backchannel · benchmark figure"));
        SceneExporter exporter = new SceneExporter(Palette.standard());
        Path folder = Files.createTempDirectory("bench-export");
        Path png = folder.resolve("figure.png");
        Path svg = folder.resolve("figure.svg");
        Path pdf = folder.resolve("figure.pdf");
        try {
            Samples pngTimes = Samples.of(1, 3, () -> exporter.writePng(scene, options, png));
            Samples svgTimes = Samples.of(1, 3, () -> exporter.writeSvg(scene, options, svg));
            Samples pdfTimes = Samples.of(1, 3, () -> exporter.writePdf(scene, options, List.of(), PdfPage.A4_LANDSCAPE, pdf));
            Table table = results.table("Export of the " + graphName + " graph", String.format("%,d nodes and %,d links, "
                    + "legend and a caption, written to a file; median (min) of 3 runs after a warm-up.",
                    scene.nodes().size(), scene.links().size()), "format", "ms", "file size");
            table.add("PNG " + pixels(png), cell(pngTimes), Format.mebibytes(Files.size(png)));
            table.add("SVG", cell(svgTimes), Format.mebibytes(Files.size(svg)));
            table.add("PDF, A4 landscape", cell(pdfTimes), Format.mebibytes(Files.size(pdf)));
            System.err.printf("export PNG %s ms, SVG %s ms, PDF %s ms%n", cell(pngTimes), cell(svgTimes), cell(pdfTimes));
            double worst = Math.max(pngTimes.median(), svgTimes.median());
            results.target("PNG export 4096 px wide of the " + graphName + " graph; SVG export", "≤ 3 s each",
                    "PNG " + Format.ms(pngTimes.median()) + " ms, SVG " + Format.ms(svgTimes.median()) + " ms", worst <= 3_000);
            results.target("PDF export (A4 landscape) of the " + graphName + " graph", "≤ 5 s", Format.ms(pdfTimes.median()) + " ms",
                    pdfTimes.median() <= 5_000);
        } finally {
            Files.deleteIfExists(png);
            Files.deleteIfExists(svg);
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(folder);
        }
    }

    /** Width × height from the PNG header (IHDR, bytes 16–23), without decoding the image. */
    private static String pixels(Path png) throws java.io.IOException {
        try (var in = new java.io.DataInputStream(Files.newInputStream(png))) {
            in.skipNBytes(16);
            return in.readInt() + " × " + in.readInt() + " px";
        }
    }

    private static String cell(Samples samples) {
        return Format.ms(samples.median()) + " (" + Format.ms(samples.min()) + ")";
    }
}
