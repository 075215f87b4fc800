package org.backchannel.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.backchannel.app.export.ExportFormat;
import org.backchannel.model.GraphLink;
import org.backchannel.questions.ChannelFlag;
import org.backchannel.questions.ChannelRow;
import org.backchannel.questions.ParallelAnswer;
import org.backchannel.questions.ParallelChart;
import org.backchannel.render.ExportOptions;
import org.backchannel.render.Palette;
import org.backchannel.render.PdfPage;
import org.backchannel.render.timeline.TimelineChart;
import org.backchannel.render.timeline.TimelineExporter;
import org.backchannel.store.GraphFilter;

/**
 * {@code parallel --out FILE}: the answer as a figure, the channels on one time axis under a heading per
 * tier, drawn by the timeline chart's painter; PNG, SVG or PDF by the file's extension. The caption says
 * what was asked, every flag in words and the sources of what is drawn.
 */
final class ParallelFigure {

    static final int WIDTH = 1600;

    private ParallelFigure() {
    }

    /** Writes the figure and says what it holds. */
    static String write(ParallelAnswer answer, GraphFilter filter, Path out) throws IOException {
        String filters = filter.describe();
        TimelineChart chart = ParallelChart.of(answer, filter.years());
        ExportOptions options = new ExportOptions(WIDTH, 1, false, true, caption(answer, chart, filters));
        TimelineExporter exporter = new TimelineExporter(Palette.standard());
        ExportFormat format = ExportFormat.ofFile(out);
        switch (format) {
            case SVG -> exporter.writeSvg(chart, options, out);
            case PDF -> exporter.writePdf(chart, options, PdfPage.A4_LANDSCAPE, out);
            default -> exporter.writePng(chart, options, out);
        }
        return "Wrote " + out + ": " + chart.lanes().size() + " channels, " + chart.exchanges().size() + " exchanges, "
                + chart.flags().size() + " flags drawn.";
    }

    private static List<String> caption(ParallelAnswer answer, TimelineChart chart, String filters) {
        List<String> caption = new ArrayList<>();
        caption.add("Backchannel · channels between " + answer.first().name() + " and " + answer.second().name() + " · "
                + chart.lanes().size() + " channels, " + chart.exchanges().size() + " exchanges, " + answer.flags().size() + " flags · "
                + (filters.isEmpty() ? "no filters" : "filters: " + filters) + " · " + LocalDate.now());
        for (ChannelFlag flag : answer.flags()) {
            String kind = flag.kind().name().charAt(0) + flag.kind().name().substring(1).toLowerCase(java.util.Locale.ROOT);
            caption.add("\u2691 " + kind + (flag.certain() ? "" : " (possible)") + ": " + flag.summary());
        }
        Set<String> cited = new TreeSet<>();
        for (ChannelRow row : answer.channels()) {
            row.ties().forEach(t -> cited.addAll(t.sourceIds()));
            row.exchanges().forEach(e -> cited.addAll(e.sourceIds()));
        }
        answer.flags().forEach(f -> f.links().stream().map(GraphLink::sourceIds).forEach(cited::addAll));
        if (!cited.isEmpty()) {
            caption.add("Sources cited: " + String.join(", ", cited) + " (the quotes are printed with the answer).");
        }
        List<String> undated = ParallelChart.undated(answer);
        if (!undated.isEmpty()) {
            caption.add("Not on the axis, the data giving no date: " + String.join("; ", undated) + ".");
        }
        answer.limits().forEach(limit -> caption.add("Not in the data: " + limit));
        return caption;
    }
}
