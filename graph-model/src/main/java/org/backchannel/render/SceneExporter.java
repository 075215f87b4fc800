package org.backchannel.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Exports a scene as a figure for a paper or a slide: PNG through Java2D, PDF through Java2D onto PDFBox,
 * SVG written directly, all laid out and painted by the same code as the screen ({@link ScenePainter},
 * {@link LegendPainter}), so that the figure shows what the user saw. Needs no display and no JavaFX.
 */
public final class SceneExporter {

    /** 2^27 pixels, half a gigabyte of image memory: beyond that, ask for a smaller width or scale. */
    public static final long MAX_PNG_PIXELS = 1L << 27;

    private final Palette palette;
    private final ScenePainter scenePainter;

    public SceneExporter(Palette palette) {
        this(palette, false);
    }

    /** @param linkLabels write each link's type and date on it, as the screen does when asked */
    public SceneExporter(Palette palette, boolean linkLabels) {
        this.palette = palette;
        this.scenePainter = new ScenePainter(palette, LevelOfDetail.forExport(), linkLabels);
    }

    /** The figure as an image of (width × scale) pixels wide, for a PNG or the clipboard. */
    public BufferedImage toImage(GraphScene scene, ExportOptions options) {
        return toImage(scene, options, List.of());
    }

    /** The figure with the analyst's numbered notes beside their nodes and links and listed under it. */
    public BufferedImage toImage(GraphScene scene, ExportOptions options, List<Annotation> annotations) {
        ExportPage page = new ExportPage(scene, options, annotations, palette, AwtTextMetrics.INSTANCE);
        double magnification = options.width() / page.width() * options.scale();
        long pixelWidth = (long) options.width() * options.scale();
        long pixelHeight = (long) Math.ceil(page.height() * magnification);
        if (pixelWidth * pixelHeight > MAX_PNG_PIXELS) {
            throw new IllegalArgumentException("a PNG of " + pixelWidth + " × " + pixelHeight
                    + " pixels is too large to draw; lower the width or the scale factor");
        }
        BufferedImage image = new BufferedImage((int) pixelWidth, (int) pixelHeight,
                options.transparentBackground() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(magnification, magnification);
            page.paint(new Java2DPainter(g), scenePainter);
        } finally {
            g.dispose();
        }
        return image;
    }

    public byte[] toPng(GraphScene scene, ExportOptions options) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            encodePng(toImage(scene, options), bytes);
        } catch (IOException e) {
            throw new IllegalStateException("PNG encoding failed in memory", e);
        }
        return bytes.toByteArray();
    }

    public void writePng(GraphScene scene, ExportOptions options, Path file) throws IOException {
        writePng(scene, options, List.of(), file);
    }

    public void writePng(GraphScene scene, ExportOptions options, List<Annotation> annotations, Path file) throws IOException {
        checkWritable(file);
        BufferedImage image = toImage(scene, options, annotations);
        try (OutputStream out = Files.newOutputStream(file)) {
            encodePng(image, out);
        } catch (IOException e) {
            throw new IOException("Cannot write the PNG to " + file + ": " + e.getMessage(), e);
        }
    }

    /** The figure as an SVG document, (width) user units wide. */
    public String toSvg(GraphScene scene, ExportOptions options) {
        return toSvg(scene, options, List.of());
    }

    /** The SVG with the analyst's numbered notes, as {@link #toImage(GraphScene, ExportOptions, List)}. */
    public String toSvg(GraphScene scene, ExportOptions options, List<Annotation> annotations) {
        ExportPage page = new ExportPage(scene, options, annotations, palette, AwtTextMetrics.INSTANCE);
        SvgPainter painter = new SvgPainter(page.width(), page.height(), options.width() / page.width());
        page.paint(painter, scenePainter);
        return painter.toSvg();
    }

    public void writeSvg(GraphScene scene, ExportOptions options, Path file) throws IOException {
        writeSvg(scene, options, List.of(), file);
    }

    public void writeSvg(GraphScene scene, ExportOptions options, List<Annotation> annotations, Path file) throws IOException {
        checkWritable(file);
        String svg = toSvg(scene, options, annotations);
        try {
            Files.writeString(file, svg, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("Cannot write the SVG to " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The figure as a PDF on {@code paper}: the graph, legend and caption on the first page, magnified to fill
     * it inside the margins, and the numbered notes on pages of their own. Vectors and real text in the
     * embedded font; the options' width and scale are a raster's and do not apply.
     */
    public byte[] toPdf(GraphScene scene, ExportOptions options, List<Annotation> annotations, PdfPage paper) {
        try (PdfFigure pdf = new PdfFigure(paper, options.caption().isEmpty() ? "Backchannel figure" : options.caption().get(0))) {
            ExportPage page = new ExportPage(scene, options, annotations, palette, AwtTextMetrics.INSTANCE,
                    ExportPage.LAYOUT_WIDTH, pdf.layoutHeight(), false);
            pdf.page(painter -> page.paint(painter, scenePainter));
            pdf.notePages(AnnotationPainter.lines(annotations, ExportPage.LAYOUT_WIDTH, AwtTextMetrics.INSTANCE), palette);
            return pdf.toBytes();
        }
    }

    public void writePdf(GraphScene scene, ExportOptions options, List<Annotation> annotations, PdfPage paper, Path file)
            throws IOException {
        checkWritable(file);
        byte[] pdf = toPdf(scene, options, annotations, paper);
        try {
            Files.write(file, pdf);
        } catch (IOException e) {
            throw new IOException("Cannot write the PDF to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Fails before any drawing, with a message a user understands, for the usual mistakes. */
    private static void checkWritable(Path file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("no file to export to was given");
        }
        if (Files.isDirectory(file)) {
            throw new IOException("Cannot export to " + file + ": it is a folder, not a file");
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("Cannot export to " + file + ": the folder " + folder + " does not exist");
        }
    }

    private static void encodePng(BufferedImage image, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no PNG encoder");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(image);
        } finally {
            writer.dispose();
        }
    }
}
