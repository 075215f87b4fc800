package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.backchannel.model.ChannelType;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.Secrecy;
import org.junit.jupiter.api.Test;

/** Where the legend goes on a printed page: beside or under the graph, never pushing the caption off the page. */
class PrintedPageLegendTest {

    private static final List<String> SHORT_CAPTION = List.of("Backchannel · a test figure", "Source: a test");
    private final Palette palette = Palette.standard();

    @Test
    void aTallGraphOnALandscapePageHasTheLegendBesideIt() {
        ExportPage page = page(fullLegend(0, 60), "a4-landscape", SHORT_CAPTION);

        assertThat(page.legendBeside()).as("a tall graph draws larger beside a legend than over a strip").isTrue();
        assertThat(page.captionBottom()).isLessThanOrEqualTo(page.height());
    }

    @Test
    void aLegendTallerThanTheRoomLeftByALongCaptionGoesUnderTheGraphAndTheCaptionStaysOnThePage() {
        List<String> longCaption = IntStream.rangeClosed(1, 12).mapToObj(i -> "Source " + i + ": a study of back channels").toList();
        for (String paper : List.of("a4-landscape", "letter-landscape")) {
            ExportPage page = page(fullLegend(0, 60), paper, longCaption);

            assertThat(page.legendBeside()).as(paper).isFalse();
            assertThat(page.captionBottom()).as(paper).isLessThanOrEqualTo(page.height());
        }
    }

    @Test
    void aWideGraphOnAPortraitPageHasTheLegendUnderIt() {
        ExportPage page = page(fullLegend(60, 0), "a4-portrait", SHORT_CAPTION);

        assertThat(page.legendBeside()).isFalse();
        assertThat(page.captionBottom()).isLessThanOrEqualTo(page.height());
    }

    private ExportPage page(GraphScene scene, String paperName, List<String> caption) {
        PdfPage paper = PdfPage.parse(paperName);
        return new ExportPage(scene, new ExportOptions(900, 1, false, true, caption), List.of(), palette, AwtTextMetrics.INSTANCE,
                ExportPage.LAYOUT_WIDTH, ExportPage.LAYOUT_WIDTH * paper.innerHeight() / paper.innerWidth(), false);
    }

    /** Every kind, channel type, secrecy and link type once, so the legend has all its rows, on a line {@code dx, dy} apart. */
    private static GraphScene fullLegend(double dx, double dy) {
        List<SceneNode> nodes = new ArrayList<>();
        List<SceneLink> links = new ArrayList<>();
        int n = 0;
        for (NodeKind kind : NodeKind.values()) {
            nodes.add(TestScenes.node("k" + n, kind, kind.label(), n * dx, n * dy));
            n++;
        }
        int first = n;
        for (ChannelType type : ChannelType.values()) {
            nodes.add(TestScenes.node("c" + n, NodeKind.ACTOR, "Actor " + n, n * dx, n * dy));
            Secrecy secrecy = Secrecy.values()[n % Secrecy.values().length];
            links.add(TestScenes.spokeWith("s" + n, "c" + n, n == first ? "k0" : "c" + (n - 1), type, secrecy));
            n++;
        }
        int kinds = NodeKind.values().length;
        int other = 0;
        for (LinkType type : LinkType.values()) {
            if (type != LinkType.SPOKE_WITH) {
                links.add(TestScenes.link("l" + other, "k" + (other % kinds), "k" + ((other + 1) % kinds), type));
                other++;
            }
        }
        return new GraphScene(nodes, links);
    }
}
