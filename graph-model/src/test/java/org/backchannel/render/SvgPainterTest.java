package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backchannel.render.TestScenes.node;
import static org.backchannel.render.TestScenes.spokeWith;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.backchannel.model.ChannelType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.Secrecy;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgPainterTest {

    private static final String AWKWARD = "Kissinger & \"Dobrynin\" <1970>";

    @Test
    void aPaintedSceneIsWellFormedSvgWithRealTextThatSurvivesEscaping() throws Exception {
        GraphScene scene = new GraphScene(
                List.of(node("k", NodeKind.ACTOR, AWKWARD, 0, 0), node("d", NodeKind.ACTOR, "Anatoly Dobrynin", 300, 0)),
                List.of(spokeWith("kd", "k", "d", ChannelType.BACK_CHANNEL, Secrecy.SECRET)));
        SvgPainter svg = new SvgPainter(800, 600);
        new ScenePainter(Palette.standard(), LevelOfDetail.standard()).paint(scene, Viewport.fit(scene, 800, 600, 20), svg);

        Document document = parse(svg.toSvg());

        Element root = document.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("width")).isEqualTo("800");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 800 600");
        assertThat(texts(document)).contains(AWKWARD, "Anatoly Dobrynin");
        assertThat(svg.toSvg()).contains("&amp;", "&quot;", "&lt;1970&gt;");
        Element line = (Element) document.getElementsByTagName("line").item(0);
        assertThat(line.getAttribute("stroke-dasharray")).isEqualTo("3,3");
        assertThat(line.getAttribute("stroke")).isEqualTo("#882255");
    }

    @Test
    void textIsEscapedWholeAndCharactersXmlCannotHoldAreDropped() throws Exception {
        SvgPainter svg = new SvgPainter(100, 100);
        svg.text(AWKWARD + " 'n' friends", 10, 10, 11, 0x222222, false, TextAnchor.START, -1);
        svg.text("bad\u0000\u0001\uD800 chars\uFFFE \uD83D\uDE00", 10, 30, 11, 0x222222, false, TextAnchor.START, -1);

        assertThat(texts(parse(svg.toSvg()))).containsExactly(AWKWARD + " 'n' friends", "bad chars \uD83D\uDE00");
    }

    @Test
    void labelsHaveAHaloPaintedUnderTheGlyphsAndAnAnchor() throws Exception {
        SvgPainter svg = new SvgPainter(100, 100);
        svg.text("Dobrynin", 50, 50, 11, 0x222222, true, TextAnchor.MIDDLE, 0xFFFFFF);

        Element text = (Element) parse(svg.toSvg()).getElementsByTagName("text").item(0);

        assertThat(text.getAttribute("paint-order")).isEqualTo("stroke");
        assertThat(text.getAttribute("stroke")).isEqualTo("#ffffff");
        assertThat(text.getAttribute("fill")).isEqualTo("#222222");
        assertThat(text.getAttribute("text-anchor")).isEqualTo("middle");
        assertThat(text.getAttribute("font-weight")).isEqualTo("bold");
        assertThat(text.getAttribute("font-family")).contains("sans-serif");
    }

    @Test
    void eachShapeBecomesTheMatchingSvgElement() throws Exception {
        SvgPainter svg = new SvgPainter(100, 100);
        svg.shape(NodeShape.CIRCLE, 10, 10, 5, 0x0072B2, 0x004470, 1, 1);
        svg.shape(NodeShape.ROUNDED_SQUARE, 30, 10, 5, 0x009E73, -1, 0, 0.5);
        svg.shape(NodeShape.HEXAGON, 50, 10, 5, -1, 0x000000, 2, 1);

        Document document = parse(svg.toSvg());

        assertThat(document.getElementsByTagName("circle").getLength()).isEqualTo(1);
        Element square = (Element) document.getElementsByTagName("rect").item(0);
        assertThat(square.getAttribute("rx")).isNotEmpty();
        assertThat(square.getAttribute("fill-opacity")).isEqualTo("0.5");
        Element ring = (Element) document.getElementsByTagName("polygon").item(0);
        assertThat(ring.getAttribute("fill")).isEqualTo("none");
        assertThat(ring.getAttribute("points").split(" ")).hasSize(6);
    }

    @Test
    void clearingTransparentLeavesNoBackgroundAndOpaqueFillsTheSurface() throws Exception {
        SvgPainter transparent = new SvgPainter(100, 50);
        transparent.clear(0, 100, 50);
        SvgPainter opaque = new SvgPainter(100, 50);
        opaque.clear(0xFFFFFFFF, 100, 50);

        assertThat(parse(transparent.toSvg()).getElementsByTagName("rect").getLength()).isZero();
        Element background = (Element) parse(opaque.toSvg()).getElementsByTagName("rect").item(0);
        assertThat(background.getAttribute("width")).isEqualTo("100");
        assertThat(background.getAttribute("fill")).isEqualTo("#ffffff");
    }

    @Test
    void numbersAreShortAndUseADotWhateverTheLocale() {
        assertThat(format(1.5)).isEqualTo("1.5");
        assertThat(format(-0.25)).isEqualTo("-0.25");
        assertThat(format(3)).isEqualTo("3");
        assertThat(format(2.05)).isEqualTo("2.05");
        assertThat(format(-0.001)).isEqualTo("0");
        assertThat(format(1_000_000.999)).isEqualTo("1000001");
        assertThat(format(Double.NaN)).isEqualTo("0");
    }

    private static String format(double value) {
        StringBuilder out = new StringBuilder();
        SvgPainter.num(out, value);
        return out.toString();
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document document) {
        NodeList nodes = document.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
