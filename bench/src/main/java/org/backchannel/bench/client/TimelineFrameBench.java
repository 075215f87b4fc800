package org.backchannel.bench.client;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.backchannel.bench.report.Format;
import org.backchannel.model.Dataset;
import org.backchannel.render.Java2DPainter;
import org.backchannel.render.Palette;
import org.backchannel.render.timeline.LaneMode;
import org.backchannel.render.timeline.TimelineBuilder;
import org.backchannel.render.timeline.TimelineChart;
import org.backchannel.render.timeline.TimelineFrame;
import org.backchannel.render.timeline.TimelineMarks;
import org.backchannel.render.timeline.TimelinePainter;
import org.backchannel.synthetic.Shape;
import org.backchannel.synthetic.SyntheticDataset;
import org.backchannel.synthetic.SyntheticSize;

/**
 * Frames of the timeline chart while the analyst pans, on the seeded synthetic graph loaded whole: the chart
 * is built once (as the pane does when the graph changes), then each frame is painted by the shared
 * {@link TimelinePainter} into a 1600 × 900 image through Java2D, panning 12 px in time and 4 px down the
 * lanes per frame, at three zooms. The pane paints the same calls onto a JavaFX canvas; this measures the
 * painter without a display.
 */
public final class TimelineFrameBench {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;
    private static final int WARMUP_FRAMES = 30;
    private static final int FRAMES = 200;

    private TimelineFrameBench() {
    }

    public static void run(SyntheticSize size, Shape shape, long seed, Path out) throws Exception {
        Dataset dataset = SyntheticDataset.generate(size, shape, seed);
        long started = System.nanoTime();
        TimelineChart chart = TimelineBuilder.build(dataset.nodes(), dataset.links(), LaneMode.ACTORS);
        double buildMs = (System.nanoTime() - started) / 1e6;
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Java2DPainter painter = new Java2DPainter(g);
        TimelinePainter chartPainter = new TimelinePainter(Palette.standard());
        TimelineFrame fitted = TimelineFrame.fit(chart, WIDTH, HEIGHT, painter);
        double maxScroll = TimelineFrame.contentHeight(chart) - HEIGHT;
        StringBuilder report = new StringBuilder();
        report.append("# Timeline chart frames\n\n")
                .append(String.format("- graph: %s %s, %,d nodes and %,d links (seed %d); chart: %,d lanes, %,d exchanges, %,d bars, "
                                + "%,d markers, built in %s ms%n", size.name(), shape.name().toLowerCase(), dataset.nodes().size(),
                        dataset.links().size(), seed, chart.lanes().size(), chart.exchanges().size(), chart.bars().size(),
                        chart.markers().size(), Format.ms(buildMs)))
                .append(String.format("- surface: %d × %d, Java2D (antialiased), %d frames panning after %d warm-up frames%n%n",
                        WIDTH, HEIGHT, FRAMES, WARMUP_FRAMES))
                .append("| zoom | median ms | 95th percentile ms | max ms | drawn per frame (median) |\n| --- | --: | --: | --: | --: |\n");
        for (double zoom : new double[] {1, 8, 64}) {
            TimelineFrame frame = fitted.zoomAt(zoom, (fitted.plotLeft() + fitted.plotRight()) / 2);
            double[] millis = new double[FRAMES];
            int[] drawn = new int[FRAMES];
            for (int i = -WARMUP_FRAMES; i < FRAMES; i++) {
                frame = frame.panBy(i % 100 < 50 ? -12 : 12, -4, maxScroll);
                long t = System.nanoTime();
                painter.clear(0xFFFFFFFF, WIDTH, HEIGHT);
                int count = chartPainter.paint(chart, frame, TimelineMarks.NONE, painter);
                if (i >= 0) {
                    millis[i] = (System.nanoTime() - t) / 1e6;
                    drawn[i] = count;
                }
            }
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            int[] counts = drawn.clone();
            Arrays.sort(counts);
            String row = String.format("| ×%.0f | %s | %s | %s | %,d |%n", zoom, Format.ms(sorted[FRAMES / 2]),
                    Format.ms(sorted[FRAMES * 95 / 100]), Format.ms(sorted[FRAMES - 1]), counts[FRAMES / 2]);
            report.append(row);
            System.err.print(row);
        }
        g.dispose();
        Files.createDirectories(out);
        Files.writeString(out.resolve("timeline-frames.md"), report.toString());
        System.out.print(report);
    }
}
