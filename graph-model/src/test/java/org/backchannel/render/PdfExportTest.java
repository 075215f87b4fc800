package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF figure read back with PDFBox: page size, text layer and embedded fonts. */
class PdfExportTest {

    private static final List<String> CAPTION = List.of("Backchannel · 7 nodes, 7 links · no filters · 2026-12-06",
            "Source: Alistair Somerville, Back Channel to Moscow");

    private final Palette palette = Palette.standard();
    private final SceneExporter exporter = new SceneExporter(palette);

    @Test
    void theTextLayerHoldsEveryLabelDrawnAndTheCaptionInEmbeddedFonts() throws IOException {
        GraphScene scene = TestScenes.cienfuegos();
        ExportOptions options = new ExportOptions(2400, 1, false, true, CAPTION);
        PdfPage paper = PdfPage.parse("a4-landscape");
        ExportPage page = new ExportPage(scene, options, List.of(), palette, AwtTextMetrics.INSTANCE, ExportPage.LAYOUT_WIDTH,
                ExportPage.LAYOUT_WIDTH * paper.innerHeight() / paper.innerWidth(), false);

        try (PDDocument pdf = Loader.loadPDF(exporter.toPdf(scene, options, List.of(), paper))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDPage first = pdf.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isCloseTo((float) paper.width(), org.assertj.core.data.Offset.offset(0.01f));
            String text = oneLine(new PDFTextStripper().getText(pdf));
            List<String> labels = page.labels().placed().stream().map(p -> String.join(" ", p.block().lines())).toList();
            assertThat(labels).hasSize(scene.nodes().size() - page.labelsLeftOut());
            assertThat(text).contains(labels).contains(CAPTION).contains(LegendPainter.NODES_TITLE, "Back channel");
            assertThat(text).doesNotContain("\u2026");
            assertThat(fonts(first.getResources())).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        }
    }

    @Test
    void numberedNotesGoOnAPageOfTheirOwnAndLetterPortraitIsTallerThanWide() throws IOException {
        GraphScene scene = TestScenes.cienfuegos();
        List<Annotation> notes = List.of(new Annotation(1, "kissinger-dobrynin", "1970 · Back channel · Kissinger to Dobrynin"),
                new Annotation(2, null, "A note on the whole figure"));

        byte[] bytes = exporter.toPdf(scene, new ExportOptions(900, 1, false, true, CAPTION), notes, PdfPage.parse("letter"));

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isGreaterThan(pdf.getPage(0).getMediaBox().getWidth());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            String second = oneLine(stripper.getText(pdf));
            assertThat(second).contains("1. 1970 · Back channel · Kissinger to Dobrynin", "2. A note on the whole figure");
        }
    }

    @Test
    void aSceneTooLargeToLabelIsOnePageWithItsCaption() throws IOException {
        List<SceneNode> nodes = TestScenes.grid(900, 30);
        List<SceneLink> links = new ArrayList<>();
        for (int i = 1; i < nodes.size(); i++) {
            links.add(TestScenes.link("l" + i, nodes.get(i - 1).id(), nodes.get(i).id(), org.backchannel.model.LinkType.SPOKE_WITH));
        }
        byte[] bytes = exporter.toPdf(new GraphScene(nodes, links), new ExportOptions(900, 1, false, true, CAPTION), List.of(),
                PdfPage.A4_LANDSCAPE);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = oneLine(new PDFTextStripper().getText(pdf));
            assertThat(text).contains(CAPTION.get(0)).doesNotContain(nodes.get(0).label() + " ");
        }
    }

    @Test
    void pagesAreParsedByNameAndAnUnknownOneIsRefusedWithTheChoices() {
        assertThat(PdfPage.parse("A4-Landscape").width()).isGreaterThan(PdfPage.parse("a4").width());
        assertThat(PdfPage.parse("letter-portrait")).isEqualTo(PdfPage.parse("letter"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PdfPage.parse("a5"))
                .hasMessageContaining("unknown page \"a5\"").hasMessageContaining("letter-landscape");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** The fonts of the page and of the forms it draws, where the Graphics2D bridge puts its text. */
    private static List<PDFont> fonts(PDResources resources) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form && form.getResources() != null) {
                fonts.addAll(fonts(form.getResources()));
            }
        }
        return fonts;
    }
}
