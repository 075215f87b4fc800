package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.backchannel.render.TestScenes.DOBRYNIN;
import static org.backchannel.render.TestScenes.KISSINGER;
import static org.backchannel.render.TestScenes.highlighted;
import static org.backchannel.render.TestScenes.link;
import static org.backchannel.render.TestScenes.node;
import static org.backchannel.render.TestScenes.selected;
import static org.backchannel.render.TestScenes.spokeWith;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.ChannelType;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.Secrecy;
import org.backchannel.render.RecordingPainter.Arrow;
import org.backchannel.render.RecordingPainter.Line;
import org.backchannel.render.RecordingPainter.Shape;
import org.backchannel.render.RecordingPainter.Text;
import org.junit.jupiter.api.Test;

class ScenePainterTest {

    private final Palette palette = Palette.standard();
    private final ScenePainter painter = new ScenePainter(palette, LevelOfDetail.standard());
    /** Scale 1, world origin at the screen's top-left corner. */
    private final Viewport screen = new Viewport(800, 600, 400, 300, 1);
    /** Scale 1, the test scenes well inside: a label never goes off the picture, so a node in its corner has none. */
    private final Viewport centred = new Viewport(800, 600, 250, 150, 1);

    @Test
    void linksAreDrawnBeforeNodesAndNodesBeforeLabels() {
        RecordingPainter recorder = new RecordingPainter();
        PaintStats stats = painter.paint(TestScenes.cienfuegos(), centred, recorder);

        assertThat(stats).isEqualTo(new PaintStats(7, 7, 7));
        assertThat(recorder.lastIndexOf(Line.class)).isLessThan(recorder.firstIndexOf(Shape.class));
        assertThat(recorder.lastIndexOf(Shape.class)).isLessThan(recorder.firstIndexOf(Text.class));
    }

    @Test
    void nodesAndLinksWhollyOutsideTheViewportAreNotDrawn() {
        GraphScene scene = new GraphScene(
                List.of(node("in", NodeKind.ACTOR, "Inside", 100, 100),
                        node("far", NodeKind.ACTOR, "Far away", 5000, 100),
                        node("farther", NodeKind.ACTOR, "Farther", 6000, 100)),
                List.of(link("in-far", "in", "far", LinkType.AFFILIATED_WITH),
                        link("far-farther", "far", "farther", LinkType.AFFILIATED_WITH)));
        RecordingPainter recorder = new RecordingPainter();

        PaintStats stats = painter.paint(scene, screen, recorder);

        assertThat(stats).isEqualTo(new PaintStats(1, 1, 1));
        assertThat(recorder.calls(Shape.class)).extracting(Shape::cx).containsExactly(100.0);
        assertThat(recorder.texts()).containsExactly("Inside");
    }

    @Test
    void linksToNodesMissingFromTheSceneAreSkipped() {
        GraphScene scene = new GraphScene(List.of(node("a", NodeKind.ACTOR, "A", 100, 100)),
                List.of(link("dangling", "a", "gone", LinkType.AFFILIATED_WITH)));

        assertThat(painter.paint(scene, screen, new RecordingPainter()).links()).isZero();
    }

    @Test
    void selectedAndHighlightedNodesKeepTheirLabelsWhenTooManyNodesAreVisible() {
        List<SceneNode> nodes = new ArrayList<>(TestScenes.grid(300, 30));
        nodes.set(10, selected(nodes.get(10)));
        nodes.set(20, highlighted(nodes.get(20)));
        GraphScene scene = new GraphScene(nodes, List.of());
        Viewport all = Viewport.fit(scene, 800, 600, 10);
        RecordingPainter recorder = new RecordingPainter();

        PaintStats stats = new ScenePainter(palette, LevelOfDetail.forExport()).paint(scene, all, recorder);

        assertThat(stats.nodes()).isEqualTo(300);
        assertThat(recorder.texts()).containsExactly("Actor 10", "Actor 20");
        assertThat(recorder.calls(Text.class).get(0).bold()).isTrue();
    }

    @Test
    void allLabelsAreDrawnWhenFewNodesAreVisibleAndNoneWhenOneMoreIs() {
        GraphScene scene = new GraphScene(TestScenes.grid(5, 150), List.of());
        LevelOfDetail limitOfFive = LevelOfDetail.standard().withMaxLabelledNodes(5);
        LevelOfDetail limitOfFour = LevelOfDetail.standard().withMaxLabelledNodes(4);

        assertThat(new ScenePainter(palette, limitOfFive).paint(scene, centred, new RecordingPainter()).labels()).isEqualTo(5);
        assertThat(new ScenePainter(palette, limitOfFour).paint(scene, centred, new RecordingPainter()).labels()).isZero();
    }

    @Test
    void zoomedFarOutOnlySelectedNodesAreLabelled() {
        List<SceneNode> nodes = new ArrayList<>(TestScenes.grid(4, 400));
        nodes.set(0, selected(nodes.get(0)));
        Viewport zoomedOut = new Viewport(800, 600, 400, 400, 0.2);
        RecordingPainter recorder = new RecordingPainter();

        painter.paint(new GraphScene(nodes, List.of()), zoomedOut, recorder);

        assertThat(recorder.texts()).containsExactly("Actor 0");
    }

    /** Andrei Gromyko 30 px above Anatoly Dobrynin: no room for Gromyko's name below his node. */
    private RecordingPainter paintTwoNodesOneAboveTheOther() {
        SceneNode upper = node("a", NodeKind.ACTOR, "Andrei Gromyko", 300, 300);
        SceneNode lower = node("b", NodeKind.ACTOR, "Anatoly Dobrynin", 300, 330);
        RecordingPainter recorder = new RecordingPainter();
        painter.paint(new GraphScene(List.of(upper, lower), List.of()), screen, recorder);
        return recorder;
    }

    @Test
    void aLabelWithNoRoomBelowGoesAboveItsNode() {
        RecordingPainter recorder = paintTwoNodesOneAboveTheOther();

        assertThat(recorder.texts()).containsExactlyInAnyOrder("Andrei Gromyko", "Anatoly Dobrynin");
        Text gromyko = recorder.calls(Text.class).stream().filter(t -> t.text().equals("Andrei Gromyko")).findFirst().orElseThrow();
        assertThat(gromyko.y()).as("above its node, clear of the node below").isLessThan(300);
    }

    @Test
    void thePainterSaysWhereItsLastFrameDrewEachName() {
        RecordingPainter recorder = paintTwoNodesOneAboveTheOther();

        List<Text> names = recorder.calls(Text.class);
        assertThat(painter.labelBoxes()).hasSize(names.size());
        for (Text name : names) {
            assertThat(painter.labelBoxes()).as("a box around %s as drawn", name.text()).anySatisfy(box -> {
                assertThat(name.x()).isBetween(box[0], box[0] + box[2]);
                assertThat(name.y()).isBetween(box[1], box[1] + box[3]);
            });
        }
    }

    @Test
    void overlappingLabelsAreLeftOutButTheSelectedOneWins() {
        List<SceneNode> pile = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pile.add(node("p" + i, NodeKind.ACTOR, "Andrei Gromyko " + i, 300 + i, 300 + i));
        }
        pile.set(5, selected(pile.get(5)));
        SceneNode apart = node("c", NodeKind.ACTOR, "Henry Kissinger", 600, 300);
        pile.add(apart);
        RecordingPainter recorder = new RecordingPainter();

        PaintStats stats = painter.paint(new GraphScene(pile, List.of()), screen, recorder);

        assertThat(recorder.texts()).contains("Andrei Gromyko 5", "Henry Kissinger");
        assertThat(stats.labels()).as("a pile of six nodes has room for four labels around it").isLessThan(pile.size());
    }

    @Test
    void longLabelsAreShortenedWithAnEllipsis() {
        String name = "Permanent Mission of the Union of Soviet Socialist Republics to the United Nations";
        RecordingPainter recorder = new RecordingPainter();

        painter.paint(new GraphScene(List.of(node("m", NodeKind.ORGANIZATION, name, 300, 300)), List.of()), screen, recorder);

        String drawn = recorder.texts().get(0);
        assertThat(drawn).endsWith("\u2026").hasSizeBetween(20, LevelOfDetail.standard().maxLabelChars());
        assertThat(name).startsWith(drawn.substring(0, drawn.length() - 1));
    }

    @Test
    void shorteningPutsLabelsOnOneLineAndNeverSplitsASurrogatePair() {
        assertThat(LabelPainter.shorten("  Back\nchannel\t to Moscow ", 40)).isEqualTo("Back channel to Moscow");
        assertThat(LabelPainter.shorten("ab\uD83D\uDE00cd", 3)).isEqualTo("ab\u2026");
        assertThat(LabelPainter.shorten("a\uD83D\uDE00cd", 3)).isEqualTo("a\uD83D\uDE00\u2026");
    }

    @Test
    void exchangesAndCauseAndEffectGetAnArrowHeadOnTheTargetsOutlineAndOtherLinksDoNot() {
        RecordingPainter recorder = new RecordingPainter();

        painter.paint(TestScenes.cienfuegos(), screen, recorder);

        List<Arrow> arrows = recorder.calls(Arrow.class);
        // Two spoke-with exchanges and one led-to.
        assertThat(arrows).hasSize(3);
        Arrow toDobrynin = arrows.stream().filter(a -> a.tipX() > 300).findFirst().orElseThrow();
        // Dobrynin sits at screen (400, 0) with radius 12; the arrow comes from Kissinger, on his left.
        assertThat(toDobrynin.tipY()).isCloseTo(0, within(1e-9));
        assertThat(400 - toDobrynin.tipX()).isBetween(12.0, 14.0);
        assertThat(toDobrynin.angle()).isCloseTo(0, within(1e-9));
        assertThat(toDobrynin.rgb()).isEqualTo(palette.channelColour(ChannelType.BACK_CHANNEL));
    }

    @Test
    void dashFollowsSecrecyAndColourFollowsChannelTypeElseLinkType() {
        GraphScene scene = new GraphScene(
                List.of(node(KISSINGER, NodeKind.ACTOR, "Kissinger", 100, 100), node(DOBRYNIN, NodeKind.ACTOR, "Dobrynin", 300, 100),
                        node("embassy", NodeKind.ORGANIZATION, "Embassy", 300, 300)),
                List.of(spokeWith("secret", KISSINGER, DOBRYNIN, ChannelType.BACK_CHANNEL, Secrecy.SECRET),
                        link("plain", DOBRYNIN, "embassy", LinkType.AFFILIATED_WITH)));
        RecordingPainter recorder = new RecordingPainter();

        painter.paint(scene, screen, recorder);

        List<Line> lines = recorder.calls(Line.class);
        assertThat(lines).hasSize(2);
        Line secret = lines.stream().filter(l -> l.y2() == 100).findFirst().orElseThrow();
        Line plain = lines.stream().filter(l -> l.y2() == 300).findFirst().orElseThrow();
        assertThat(secret.dash()).containsExactly(palette.dash(Secrecy.SECRET));
        assertThat(secret.rgb()).isEqualTo(palette.channelColour(ChannelType.BACK_CHANNEL));
        assertThat(plain.dash()).isNull();
        assertThat(plain.rgb()).isEqualTo(palette.linkColour(LinkType.AFFILIATED_WITH));
    }

    @Test
    void highlightedLinksComeLastAndDimmedOnesFirstAndFaint() {
        GraphScene scene = new GraphScene(TestScenes.grid(4, 100), List.of(
                new SceneLink("highlighted", "n0", "n1", LinkType.SPOKE_WITH, ChannelType.BACK_CHANNEL, null, true, false),
                link("plain", "n1", "n2", LinkType.AFFILIATED_WITH),
                new SceneLink("dimmed", "n2", "n3", LinkType.AFFILIATED_WITH, null, null, false, true)));
        RecordingPainter recorder = new RecordingPainter();

        painter.paint(scene, screen, recorder);

        List<Line> lines = recorder.calls(Line.class);
        assertThat(lines.get(0).alpha()).isEqualTo(palette.dimmedAlpha() / 255.0);
        Line last = lines.get(lines.size() - 1);
        assertThat(last.rgb()).isEqualTo(palette.channelColour(ChannelType.BACK_CHANNEL));
        assertThat(lines.get(lines.size() - 2).rgb()).as("the band under it").isEqualTo(palette.highlight());
    }

    /** {@code count} spoke-with links along a row of nodes, with one more link highlighted. */
    private static GraphScene crowd(int count) {
        List<SceneLink> links = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            links.add(spokeWith("l" + i, "n" + i, "n" + (i + 1), ChannelType.BACK_CHANNEL, Secrecy.SECRET));
        }
        links.add(new SceneLink("lit", "n0", "n2", LinkType.SPOKE_WITH, ChannelType.BACK_CHANNEL, Secrecy.SECRET,
                true, false));
        return new GraphScene(TestScenes.grid(count + 1, 60), links);
    }

    @Test
    void beyondTheFineLimitTheCrowdIsCoarseButHighlightedLinksStayFine() {
        RecordingPainter fine = new RecordingPainter();
        RecordingPainter coarse = new RecordingPainter();

        new ScenePainter(palette, LevelOfDetail.standard().withMaxFineLinks(10)).paint(crowd(10), screen, fine);
        PaintStats stats = new ScenePainter(palette, LevelOfDetail.standard().withMaxFineLinks(9))
                .paint(crowd(10), screen, coarse);

        assertThat(fine.calls(Line.class)).filteredOn(line -> line.rgb() != palette.highlight())
                .hasSize(11).allSatisfy(line -> assertThat(line.dash()).isNotNull());
        assertThat(fine.calls(Arrow.class)).hasSize(11);
        // The recorder takes coarse lines through Painter's default: one pixel, solid.
        List<Line> crowdLines = coarse.calls(Line.class).stream().filter(line -> line.width() == 1).toList();
        assertThat(crowdLines).hasSize(10).allSatisfy(line -> assertThat(line.dash()).isNull());
        assertThat(coarse.calls(Arrow.class)).as("only the highlighted link's").hasSize(1);
        assertThat(stats.links()).isEqualTo(11);
    }

    @Test
    void aCrowdLimitDrawsAnEvenSampleAndEveryHighlightedLink() {
        RecordingPainter recorder = new RecordingPainter();

        PaintStats stats = new ScenePainter(palette, LevelOfDetail.standard().withMaxCrowdLinks(5))
                .paint(crowd(10), screen, recorder);

        assertThat(stats.links()).isEqualTo(5 + 1);
        assertThat(recorder.calls(Arrow.class)).hasSize(6);
        assertThatThrownBy(() -> LevelOfDetail.standard().withMaxCrowdLinks(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void beyondTheFineNodeLimitPlainNodesAreSquaresAndSelectedOnesKeepTheirShape() {
        List<SceneNode> nodes = new ArrayList<>(TestScenes.grid(4, 100));
        nodes.set(0, selected(nodes.get(0)));
        GraphScene scene = new GraphScene(nodes, List.of());
        RecordingPainter fine = new RecordingPainter();
        RecordingPainter coarse = new RecordingPainter();

        new ScenePainter(palette, LevelOfDetail.standard().withMaxFineNodes(4)).paint(scene, screen, fine);
        new ScenePainter(palette, LevelOfDetail.standard().withMaxFineNodes(3)).paint(scene, screen, coarse);

        // The veils under the names are rectangles too, of the background's colour.
        assertThat(fine.calls(RecordingPainter.Rect.class)).filteredOn(r -> r.fill() != palette.background()).isEmpty();
        assertThat(coarse.calls(RecordingPainter.Rect.class)).filteredOn(r -> r.fill() != palette.background()).hasSize(3)
                .allSatisfy(square -> assertThat(square.fill()).isEqualTo(palette.nodeFill(NodeKind.ACTOR)));
        assertThat(coarse.calls(Shape.class)).as("the selected node and its ring").hasSize(2);
    }

    @Test
    void selectedNodesAreDrawnLastWithARingAndPinnedNodesGetAMarker() {
        SceneNode pinned = new SceneNode("p", NodeKind.EVENT, "Pinned", 100, 100, 12, false, false, false, true);
        SceneNode chosen = selected(node("s", NodeKind.CHANNEL, "Selected", 300, 100));
        SceneNode plain = node("o", null, "Someone else's label", 500, 100);
        RecordingPainter recorder = new RecordingPainter();

        painter.paint(new GraphScene(List.of(chosen, pinned, plain), List.of()), screen, recorder);

        List<Shape> shapes = recorder.calls(Shape.class);
        Shape ring = shapes.get(shapes.size() - 1);
        assertThat(ring.shape()).isEqualTo(NodeShape.DIAMOND);
        assertThat(ring.fill()).isEqualTo(-1);
        assertThat(ring.stroke()).isEqualTo(palette.selection());
        assertThat(ring.radius()).isGreaterThan(12);
        assertThat(shapes).anySatisfy(s -> {
            assertThat(s.shape()).isEqualTo(NodeShape.CIRCLE);
            assertThat(s.cx()).isGreaterThan(100);
            assertThat(s.cy()).isLessThan(100);
        });
        assertThat(shapes).anySatisfy(s -> {
            assertThat(s.shape()).isEqualTo(NodeShape.OCTAGON);
            assertThat(s.fill()).isEqualTo(palette.unknownKindFill());
        });
    }
}
