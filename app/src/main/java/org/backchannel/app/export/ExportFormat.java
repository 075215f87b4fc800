package org.backchannel.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.backchannel.render.Annotation;
import org.backchannel.render.ExportOptions;
import org.backchannel.render.GraphScene;
import org.backchannel.render.PdfPage;
import org.backchannel.render.SceneExporter;
import org.backchannel.render.timeline.TimelineChart;
import org.backchannel.render.timeline.TimelineExporter;

/** The file formats a figure is written in; the window and the command line write them the same way. */
public enum ExportFormat {
    PNG("png"),
    SVG("svg"),
    PDF("pdf");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name asks for by its extension; PNG for any other. */
    public static ExportFormat ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (name.endsWith("." + format.extension)) {
                return format;
            }
        }
        return PNG;
    }

    /** {@code png}, {@code svg} or {@code pdf}, in any case. */
    public static ExportFormat parse(String text) {
        for (ExportFormat format : values()) {
            if (format.extension.equalsIgnoreCase(text.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format \"" + text + "\": use png, svg or pdf");
    }

    /** Writes the figure; {@code page} is the paper of a PDF and ignored by the other formats. */
    public void write(GraphScene scene, ExportOptions options, List<Annotation> notes, PdfPage page, Path file,
                      SceneExporter exporter) throws IOException {
        switch (this) {
            case PNG -> exporter.writePng(scene, options, notes, file);
            case SVG -> exporter.writeSvg(scene, options, notes, file);
            case PDF -> exporter.writePdf(scene, options, notes, page, file);
        }
    }

    /** Writes the timeline chart; {@code page} is the paper of a PDF and ignored by the other formats. */
    public void write(TimelineChart chart, ExportOptions options, PdfPage page, Path file, TimelineExporter exporter)
            throws IOException {
        switch (this) {
            case PNG -> exporter.writePng(chart, options, file);
            case SVG -> exporter.writeSvg(chart, options, file);
            case PDF -> exporter.writePdf(chart, options, page, file);
        }
    }
}
