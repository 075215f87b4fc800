package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.backchannel.render.TestScenes.node;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.ChannelType;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.Secrecy;
import org.backchannel.render.RecordingPainter.Arrow;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A meeting its parties attended together has no direction: drawn as mutual exchanges between them, it has
 * no arrowhead on screen, in an export or in the legend's sample, while a cable from one party to another
 * keeps its arrow.
 */
class MutualExchangeDrawingTest {

    private final Palette palette = Palette.standard();
    /** Scale 1, world origin at the screen's top-left corner. */
    private final Viewport screen = new Viewport(800, 600, 400, 300, 1);

    /** A meeting of three (mutual, every two of them) and one cable from the first to a fourth, all actors. */
    private static GraphScene meetingAndCable() {
        List<SceneNode> nodes = List.of(node("a", NodeKind.ACTOR, "A", 100, 100), node("b", NodeKind.ACTOR, "B", 300, 100),
                node("c", NodeKind.ACTOR, "C", 200, 250), node("d", NodeKind.ACTOR, "D", 500, 400));
        List<SceneLink> links = new ArrayList<>();
        for (String[] pair : List.of(new String[] {"a", "b"}, new String[] {"a", "c"}, new String[] {"b", "c"})) {
            links.add(new SceneLink("meeting|" + pair[0] + "|" + pair[1], pair[0], pair[1], LinkType.SPOKE_WITH,
                    ChannelType.OFFICIAL_TALKS, Secrecy.PUBLIC, false, false, "", true));
        }
        links.add(new SceneLink("cable", "a", "d", LinkType.SPOKE_WITH, ChannelType.DIPLOMATIC_MISSION, Secrecy.SECRET,
                false, false, "", false));
        return new GraphScene(nodes, links);
    }

    @Test
    void onlyTheExchangeWithADirectionGetsAnArrowheadPointingAtItsRecipient() {
        GraphScene scene = meetingAndCable();
        RecordingPainter recorder = new RecordingPainter();

        PaintStats stats = new ScenePainter(palette, LevelOfDetail.standard()).paint(scene, screen, recorder);

        assertThat(stats.links()).isEqualTo(scene.links().size());
        List<Arrow> arrows = recorder.calls(Arrow.class);
        assertThat(arrows).hasSize(1);
        SceneNode a = scene.nodesById().get("a");
        SceneNode d = scene.nodesById().get("d");
        assertThat(arrows.get(0).angle()).isCloseTo(Math.atan2(d.y() - a.y(), d.x() - a.x()), within(1e-9));
        assertThat(arrows.get(0).rgb()).isEqualTo(palette.channelColour(ChannelType.DIPLOMATIC_MISSION));
    }

    @Test
    void theStyleOfAMutualExchangeIsItsChannelsWithoutTheArrow() {
        LinkStyle oneWay = palette.linkStyle(LinkType.SPOKE_WITH, ChannelType.BACK_CHANNEL, Secrecy.SECRET, false);
        LinkStyle mutual = palette.linkStyle(LinkType.SPOKE_WITH, ChannelType.BACK_CHANNEL, Secrecy.SECRET, true);

        assertThat(oneWay.arrow()).isTrue();
        assertThat(mutual).isEqualTo(new LinkStyle(oneWay.rgb(), oneWay.width(), oneWay.secrecy(), false));
        // Only an exchange can be mutual: cause and effect keeps its arrow whatever a caller says.
        assertThat(new SceneLink("l", "x", "y", LinkType.LED_TO, null, null, false, false, "", true).mutual()).isFalse();
    }

    @Test
    void theLegendSaysWhatAMissingArrowheadMeansOnlyWhereSomeExchangeIsMutual() {
        RecordingPainter mixed = new RecordingPainter();
        new LegendPainter(palette).paint(LegendContent.of(meetingAndCable()), mixed, 0, 0);
        RecordingPainter ownData = new RecordingPainter();
        new LegendPainter(palette).paint(LegendContent.of(TestScenes.cienfuegos()), ownData, 0, 0);

        assertThat(mixed.texts()).containsSubsequence(DirectionRows.TITLE, DirectionRows.ONE_WAY, DirectionRows.MUTUAL);
        // The one-way sample has an arrowhead, the mutual one none.
        assertThat(mixed.calls(Arrow.class)).hasSize(1);
        assertThat(ownData.texts()).doesNotContain(DirectionRows.TITLE, DirectionRows.MUTUAL);
        assertThat(ownData.calls(Arrow.class)).isEmpty();
    }

    @Test
    void anSvgExportHasOneArrowheadForTheCableAndNoneForTheMeeting() throws Exception {
        String svg = new SceneExporter(palette).toSvg(meetingAndCable(), new ExportOptions(800, 1, false, false, List.of()));

        List<Element> triangles = triangles(SvgPainterTest.parse(svg));

        assertThat(triangles).hasSize(1);
        assertThat(triangles.get(0).getAttribute("fill"))
                .isEqualToIgnoringCase(String.format("#%06x", palette.channelColour(ChannelType.DIPLOMATIC_MISSION)));
    }

    /** Arrowheads: the only three-cornered polygons where every node is a circle. */
    private static List<Element> triangles(Document svg) {
        NodeList polygons = svg.getElementsByTagName("polygon");
        List<Element> triangles = new ArrayList<>();
        for (int i = 0; i < polygons.getLength(); i++) {
            Element polygon = (Element) polygons.item(i);
            if (polygon.getAttribute("points").strip().split("\\s+").length == 3) {
                triangles.add(polygon);
            }
        }
        return triangles;
    }
}
