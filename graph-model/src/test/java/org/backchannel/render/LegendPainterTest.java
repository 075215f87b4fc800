package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backchannel.render.TestScenes.node;

import java.util.List;
import org.backchannel.model.ChannelType;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.Secrecy;
import org.backchannel.render.RecordingPainter.Line;
import org.backchannel.render.RecordingPainter.Rect;
import org.backchannel.render.RecordingPainter.Shape;
import org.backchannel.render.RecordingPainter.Text;
import org.junit.jupiter.api.Test;

class LegendPainterTest {

    private final Palette palette = Palette.standard();
    private final LegendPainter legend = new LegendPainter(palette);

    @Test
    void aLegendOfTheSceneListsOnlyWhatTheSceneShows() {
        RecordingPainter recorder = new RecordingPainter();

        legend.paint(LegendContent.of(TestScenes.cienfuegos()), recorder, 0, 0);

        // A long entry goes on to a second line: the lines, joined, read as the entries.
        assertThat(String.join(" ", recorder.texts())).isEqualTo(String.join(" ",
                LegendPainter.NODES_TITLE, "Actor", "Organization", "Channel", "Event", "Outcome",
                LegendPainter.CHANNELS_TITLE, "Back channel", "Official talks / summit",
                LegendPainter.SECRECY_TITLE, "Secret", "Public",
                LegendPainter.OTHER_LINKS_TITLE, "Participates in, took part in", "Led to", "Affiliated with"));
    }

    @Test
    void aStudyOfAChannelIsListedAsANeutralLinkAndAddsNoChannelOrSecrecy() {
        GraphScene scene = new GraphScene(
                List.of(node("moss", NodeKind.ACTOR, "Rick Moss", 0, 0), node("channel", NodeKind.CHANNEL, "Back channel", 100, 0)),
                List.of(new SceneLink("studied", "moss", "channel", LinkType.STUDIED, ChannelType.BACK_CHANNEL, Secrecy.DENIABLE,
                        false, false)));
        RecordingPainter recorder = new RecordingPainter();

        legend.paint(LegendContent.of(scene), recorder, 0, 0);

        assertThat(recorder.texts()).containsExactly(LegendPainter.NODES_TITLE, "Actor", "Channel",
                LegendPainter.OTHER_LINKS_TITLE, "Studied");
        assertThat(recorder.calls(Line.class)).singleElement()
                .satisfies(line -> assertThat(line.rgb()).isEqualTo(palette.linkColour(LinkType.STUDIED)));
    }

    @Test
    void entriesUseThePalettesShapesColoursAndDashes() {
        RecordingPainter recorder = new RecordingPainter();

        legend.paint(LegendContent.of(TestScenes.cienfuegos()), recorder, 0, 0);

        assertThat(recorder.calls(Shape.class)).extracting(Shape::shape).containsExactly(
                NodeShape.CIRCLE, NodeShape.ROUNDED_SQUARE, NodeShape.DIAMOND, NodeShape.HEXAGON, NodeShape.TRIANGLE);
        List<Line> lines = recorder.calls(Line.class);
        assertThat(lines).extracting(Line::rgb).startsWith(palette.channelColour(ChannelType.BACK_CHANNEL));
        assertThat(lines.get(2).dash()).containsExactly(palette.dash(Secrecy.SECRET));
        assertThat(lines.get(3).dash()).isNull();
    }

    @Test
    void nodesOfUnknownLabelsGetAnOtherEntryWithTheOctagon() {
        GraphScene foreign = new GraphScene(List.of(node("x", null, "Whatever", 0, 0)), List.of());
        RecordingPainter recorder = new RecordingPainter();

        legend.paint(LegendContent.of(foreign), recorder, 0, 0);

        assertThat(recorder.texts()).containsExactly(LegendPainter.NODES_TITLE, LegendPainter.UNKNOWN_KIND);
        assertThat(recorder.calls(Shape.class).get(0).shape()).isEqualTo(NodeShape.OCTAGON);
    }

    @Test
    void theFullLegendListsEveryKindChannelTypeAndSecrecy() {
        RecordingPainter recorder = new RecordingPainter();

        legend.paint(LegendContent.all(), recorder, 0, 0);

        assertThat(recorder.texts()).hasSizeGreaterThanOrEqualTo(4 + NodeKind.values().length + ChannelType.values().length + 4
                + NeutralLinks.GROUPS.size());
        assertThat(String.join(" ", recorder.texts())).contains("Holds office, affiliated with, part of, connects, located in");
        assertThat(LegendContent.of(new GraphScene(List.of(), List.of())).isEmpty()).isTrue();
    }

    @Test
    void underAGraphTheSectionsStandSideBySideInAStripNoWiderThanAllowed() {
        RecordingPainter recorder = new RecordingPainter();
        LegendPainter.Size column = legend.measure(LegendContent.all(), recorder);

        LegendPainter.Size strip = legend.measure(LegendContent.all(), recorder, 1400);

        assertThat(strip.height()).isLessThan(column.height() / 2);
        assertThat(strip.width()).isGreaterThan(column.width()).isLessThanOrEqualTo(1400);
        legend.paint(LegendContent.all(), recorder, 0, 0, 1400);
        assertThat(recorder.calls(Text.class)).allSatisfy(t -> assertThat(t.y()).isLessThanOrEqualTo(strip.height()));
    }

    @Test
    void everythingIsDrawnInsideTheMeasuredBox() {
        RecordingPainter recorder = new RecordingPainter();
        LegendPainter.Size size = legend.measure(LegendContent.all(), recorder);

        legend.paint(LegendContent.all(), recorder, 100, 50);

        Rect box = recorder.calls(Rect.class).get(0);
        assertThat(box.w()).isEqualTo(size.width());
        assertThat(box.h()).isEqualTo(size.height());
        for (Text text : recorder.calls(Text.class)) {
            assertThat(text.x()).isGreaterThan(100);
            assertThat(text.x() + recorder.textWidth(text.text(), text.size(), text.bold())).isLessThan(100 + size.width());
            assertThat(text.y()).isBetween(50.0, 50 + size.height());
        }
    }
}
