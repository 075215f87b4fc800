package org.backchannel.render.timeline;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.backchannel.render.ExportOptions;
import org.backchannel.render.Java2DPainter;
import org.backchannel.render.Palette;
import org.backchannel.render.PdfFigure;
import org.backchannel.render.PdfPage;
import org.backchannel.render.SceneExporter;
import org.backchannel.render.SvgPainter;
import org.backchannel.render.TextMetrics;

/**
 * Exports the timeline chart as a figure: PNG through Java2D and SVG, painted by the same
 * {@link TimelinePainter} as the screen. The page's height follows from the lanes; every lane is shown.
 */
public final class TimelineExporter {

    /**
     * Java2D's text measures, as both export painters use them; an SVG painter that never paints is the public
     * way to them, so that the page is laid out exactly as both formats set the text.
     */
    private static final TextMetrics METRICS = new SvgPainter(1, 1);

    private final Palette palette;
    private final TimelinePainter painter;

    public TimelineExporter(Palette palette) {
        this.palette = palette;
        this.painter = new TimelinePainter(palette);
    }

    public BufferedImage toImage(TimelineChart chart, ExportOptions options) {
        TimelinePage page = new TimelinePage(chart, options, palette, METRICS);
        long w = (long) page.width() * options.scale();
        long h = (long) page.height() * options.scale();
        if (w * h > SceneExporter.MAX_PNG_PIXELS) {
            throw new IllegalArgumentException("a PNG of " + w + " × " + h + " pixels is too large to draw; "
                    + "lower the width or the scale factor, or narrow the filters to fewer lanes");
        }
        BufferedImage image = new BufferedImage((int) w, (int) h,
                options.transparentBackground() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(options.scale(), options.scale());
            page.paint(new Java2DPainter(g), painter);
        } finally {
            g.dispose();
        }
        return image;
    }

    public String toSvg(TimelineChart chart, ExportOptions options) {
        TimelinePage page = new TimelinePage(chart, options, palette, METRICS);
        SvgPainter svg = new SvgPainter(page.width(), page.height());
        page.paint(svg, painter);
        return svg.toSvg();
    }

    /**
     * The chart as a PDF page (vectors, text set in the embedded font), laid out for the page rather than the
     * PNG's pixels, so that its type is sized for print, and as large as fits inside the margins.
     */
    public byte[] toPdf(TimelineChart chart, ExportOptions options, PdfPage paper) {
        try (PdfFigure pdf = new PdfFigure(paper, options.caption().isEmpty() ? "Backchannel timeline" : options.caption().get(0))) {
            TimelinePage page = pageOfWidth(chart, options, pdf.layoutWidth());
            // A chart of many lanes is taller than the paper: widened to the paper's shape, it fills the page.
            double shaped = page.height() * pdf.layoutWidth() / pdf.layoutHeight();
            if (shaped > page.width()) {
                page = pageOfWidth(chart, options, shaped);
            }
            TimelinePage laidOut = page;
            pdf.fittedPage(laidOut.width(), laidOut.height(), out -> laidOut.paint(out, painter));
            return pdf.toBytes();
        }
    }

    private TimelinePage pageOfWidth(TimelineChart chart, ExportOptions options, double width) {
        return new TimelinePage(chart, new ExportOptions((int) Math.ceil(width), 1, false, options.includeLegend(), options.caption()),
                palette, METRICS);
    }

    public void writePdf(TimelineChart chart, ExportOptions options, PdfPage paper, Path file) throws IOException {
        checkWritable(file);
        Files.write(file, toPdf(chart, options, paper));
    }

    public void writePng(TimelineChart chart, ExportOptions options, Path file) throws IOException {
        checkWritable(file);
        if (!ImageIO.write(toImage(chart, options), "png", file.toFile())) {
            throw new IOException("this Java runtime has no PNG encoder");
        }
    }

    public void writeSvg(TimelineChart chart, ExportOptions options, Path file) throws IOException {
        checkWritable(file);
        Files.writeString(file, toSvg(chart, options), StandardCharsets.UTF_8);
    }

    private static void checkWritable(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new IOException("Cannot export to " + file + ": it is a folder, not a file");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("Cannot export to " + file + ": the folder " + folder + " does not exist");
        }
    }
}
