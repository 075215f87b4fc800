package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.backchannel.model.NodeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SceneExporterTest {

    private static final List<String> CAPTION = List.of(
            "Filters: era 1969–1974; channel types: back channel, official talks",
            "Source: Back Channel to Moscow (article), exported 2024-05-01");

    private final Palette palette = Palette.standard();
    private final SceneExporter exporter = new SceneExporter(palette);
    private final GraphScene scene = TestScenes.cienfuegos();

    @TempDir
    Path folder;

    @Test
    void aPngFileDecodesAtTheRequestedWidthTimesTheScale() throws IOException {
        Path file = folder.resolve("figure.png");

        exporter.writePng(scene, new ExportOptions(900, 2, false, true, CAPTION), file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1800);
    }

    @Test
    void aSmallTallGraphOnAWidePageEndsBelowTheGraphNotAScreenFurther() throws IOException {
        GraphScene small = new GraphScene(List.of(
                TestScenes.node("a", NodeKind.ACTOR, "A", 0, 0), TestScenes.node("b", NodeKind.ACTOR, "B", 0, 150)), List.of());

        BufferedImage image = decode(exporter.toPng(small, new ExportOptions(2000, 1, false, false, List.of())));

        // 150 world units plus the radii at three units each, the margins and a label: well under 600 units,
        // magnified as the whole page is from its layout width to the 2000 pixels asked for.
        assertThat(image.getHeight() * ExportPage.LAYOUT_WIDTH / 2000).isLessThan(600);
    }

    @Test
    void twiceTheScaleIsTwiceAsWideAndTwiceAsTall() throws IOException {
        BufferedImage once = decode(exporter.toPng(scene, new ExportOptions(700, 1, false, true, CAPTION)));
        BufferedImage twice = decode(exporter.toPng(scene, new ExportOptions(700, 2, false, true, CAPTION)));

        assertThat(twice.getWidth()).isEqualTo(2 * once.getWidth());
        assertThat(twice.getHeight()).isEqualTo(2 * once.getHeight());
    }

    @Test
    void aTransparentExportHasATransparentCornerAndAnOpaqueOneThePaletteBackground() throws IOException {
        BufferedImage clear = decode(exporter.toPng(scene, new ExportOptions(600, 1, true, true, List.of())));
        BufferedImage opaque = decode(exporter.toPng(scene, new ExportOptions(600, 1, false, true, List.of())));

        assertThat(clear.getRGB(0, 0) >>> 24).isZero();
        assertThat(opaque.getRGB(0, 0)).isEqualTo(0xFF000000 | palette.background());
        assertThat(opaque.getRGB(opaque.getWidth() - 1, opaque.getHeight() - 1)).isEqualTo(0xFF000000 | palette.background());
    }

    @Test
    void thePngShowsTheNodesInThePalettesColours() throws IOException {
        BufferedImage image = decode(exporter.toPng(scene, ExportOptions.of(800)));

        assertThat(countPixels(image, palette.nodeFill(NodeKind.ACTOR))).isGreaterThan(100);
        assertThat(countPixels(image, palette.nodeFill(NodeKind.OUTCOME))).isGreaterThan(50);
    }

    @Test
    void theSvgHasTheLegendTheCaptionAndTheLabelsAsText() throws Exception {
        Path file = folder.resolve("figure.svg");

        exporter.writeSvg(scene, new ExportOptions(900, 3, false, true, CAPTION), file);

        Document svg = SvgPainterTest.parse(Files.readString(file));
        assertThat(SvgPainterTest.texts(svg)).contains(LegendPainter.NODES_TITLE, LegendPainter.CHANNELS_TITLE,
                LegendPainter.SECRECY_TITLE, CAPTION.get(0), CAPTION.get(1), "Henry Kissinger", "Cienfuegos crisis");
        assertThat(svg.getDocumentElement().getAttribute("width")).as("the scale is for PNGs only").isEqualTo("900");
    }

    @Test
    void theSvgAndThePngOfAFigureHaveTheSameSize() throws Exception {
        ExportOptions options = new ExportOptions(640, 1, false, true, CAPTION);

        BufferedImage png = decode(exporter.toPng(scene, options));
        Element svg = SvgPainterTest.parse(exporter.toSvg(scene, options)).getDocumentElement();

        assertThat(svg.getAttribute("width")).isEqualTo(String.valueOf(png.getWidth()));
        assertThat(svg.getAttribute("height")).isEqualTo(String.valueOf(png.getHeight()));
    }

    @Test
    void withoutALegendThereAreNoLegendTitles() throws Exception {
        String svg = exporter.toSvg(scene, new ExportOptions(800, 1, false, false, List.of()));

        assertThat(SvgPainterTest.texts(SvgPainterTest.parse(svg))).doesNotContain(LegendPainter.NODES_TITLE);
    }

    @Test
    void aLongCaptionIsWrappedToThePageWidth() throws Exception {
        String sources = "Sources: " + "Back Channel to Moscow, an article on the Kissinger–Dobrynin channel; ".repeat(6);

        String svg = exporter.toSvg(scene, new ExportOptions(400, 1, false, false, List.of(sources)));

        List<String> captionLines = SvgPainterTest.texts(SvgPainterTest.parse(svg)).stream()
                .filter(t -> t.contains("Channel") || t.contains("channel")).filter(t -> t.contains(" ")).toList();
        assertThat(captionLines).hasSizeGreaterThan(3);
        assertThat(captionLines).allSatisfy(line ->
                assertThat(AwtTextMetrics.INSTANCE.textWidth(line, ExportPage.CAPTION_SIZE, false)).isLessThanOrEqualTo(400 - 2 * 16));
    }

    @Test
    void badPathsGiveAMessageThatNamesTheProblem() {
        ExportOptions options = ExportOptions.of(600);

        assertThatThrownBy(() -> exporter.writePng(scene, options, folder.resolve("missing/figure.png")))
                .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> exporter.writeSvg(scene, options, folder))
                .isInstanceOf(IOException.class).hasMessageContaining("is a folder");
    }

    @Test
    void badOptionsAreRefusedWithTheAllowedRange() {
        assertThatThrownBy(() -> new ExportOptions(50, 1, false, true, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 200 and 16384");
        assertThatThrownBy(() -> new ExportOptions(800, 5, false, true, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 1 and 4");
        assertThatThrownBy(() -> new ExportOptions(800, 1, false, true, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static int countPixels(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
