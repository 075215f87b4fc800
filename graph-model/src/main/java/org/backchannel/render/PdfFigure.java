package org.backchannel.render;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes a figure as a PDF: the same {@link ExportPage} painted by the same {@link Java2DPainter} as the
 * PNG, onto PDFBox's Graphics2D bridge, so lines and shapes stay vectors and text stays text, set in the
 * embedded {@link ExportFont} (selectable and searchable). The figure fills the first page inside the
 * margins; numbered notes follow on pages of their own. Any other picture painted through a
 * {@link Painter} (a timeline chart) can use {@link #page} the same way.
 */
public final class PdfFigure implements AutoCloseable {

    private final PDDocument document = new PDDocument();
    private final PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer();
    private final PdfPage paper;

    /** What one page draws, in layout units of {@link #layoutHeight()} × {@link ExportPage#LAYOUT_WIDTH}. */
    public interface Drawing {
        void paint(Painter painter);
    }

    public PdfFigure(PdfPage paper, String title) {
        this.paper = paper;
        try {
            for (ExportFont face : ExportFont.values()) {
                try (InputStream in = face.open()) {
                    fonts.registerFont(face.font().getFontName(), PDType0Font.load(document, in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled fonts cannot be embedded", e);
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Backchannel");
    }

    /** Layout units per point: pages are laid out {@link ExportPage#LAYOUT_WIDTH} units wide inside the margins. */
    double unitsPerPoint() {
        return ExportPage.LAYOUT_WIDTH / paper.innerWidth();
    }

    /** The width inside the margins, in layout units: what a picture laid out for this page is laid out at. */
    public double layoutWidth() {
        return ExportPage.LAYOUT_WIDTH;
    }

    /** The height inside the margins, in layout units. */
    public double layoutHeight() {
        return paper.innerHeight() * unitsPerPoint();
    }

    /** Adds a page and paints {@code drawing} inside its margins. */
    void page(Drawing drawing) {
        page(1, drawing);
    }

    /**
     * Adds a page with a picture laid out {@code width} × {@code height} units (a timeline chart, laid out
     * in pixels for its PNG), as large as fits inside the margins, at the top left.
     */
    public void fittedPage(double width, double height, Drawing drawing) {
        page(Math.min(ExportPage.LAYOUT_WIDTH / width, layoutHeight() / height), drawing);
    }

    private void page(double scale, Drawing drawing) {
        try {
            PDPage page = new PDPage(new PDRectangle((float) paper.width(), (float) paper.height()));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, (float) paper.innerWidth(), (float) paper.innerHeight());
            g.setFontTextDrawer(fonts);
            double points = scale / unitsPerPoint();
            g.scale(points, points);
            drawing.paint(new Java2DPainter(g, true));
            g.dispose();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.transform(Matrix.getTranslateInstance((float) paper.margin(), (float) paper.margin()));
                content.drawForm(g.getXFormObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("PDF drawing failed in memory", e);
        }
    }

    /** Pages of numbered notes, as many as their lines need, with the heading repeated on each. */
    void notePages(List<String> noteLines, Palette palette) {
        int perPage = Math.max(1, (int) ((layoutHeight() - 2 * AnnotationPainter.LINE) / AnnotationPainter.LINE));
        AnnotationPainter notes = new AnnotationPainter(palette);
        for (int from = 1; from < noteLines.size(); from += perPage) {
            List<String> lines = new java.util.ArrayList<>();
            lines.add(noteLines.get(0));
            lines.addAll(noteLines.subList(from, Math.min(noteLines.size(), from + perPage)));
            page(painter -> notes.list(lines, 0, 0, painter));
        }
    }

    void write(OutputStream out) throws IOException {
        document.save(out);
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("PDF writing failed in memory", e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF document could not be closed", e);
        } finally {
            fonts.close();
        }
    }
}
