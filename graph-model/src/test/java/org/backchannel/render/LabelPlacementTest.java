package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.NodeKind;
import org.junit.jupiter.api.Test;

class LabelPlacementTest {

    private final Viewport screen = new Viewport(800, 600, 400, 300, 1);
    private final ScenePainter painter = new ScenePainter(Palette.standard(), LevelOfDetail.standard());

    @Test
    void noNameGoesUnderTheRectangleTheCallerKeepsClearButOneBesideItDoes() {
        SceneNode under = new SceneNode("u", NodeKind.ACTOR, "Under the legend", 100, 100, 10, false, false, false, false);
        SceneNode beside = new SceneNode("b", NodeKind.ACTOR, "Beside it", 500, 400, 10, false, false, false, false);
        GraphScene scene = new GraphScene(List.of(under, beside), List.of());
        RecordingPainter recorder = new RecordingPainter();

        painter.paint(scene, screen, recorder, new double[] {0, 0, 250, 250});

        assertThat(recorder.texts()).containsExactly("Beside it");
    }

    @Test
    void aLabelThatWouldStickOutOfThePictureGoesToTheOtherSide() {
        SceneNode low = new SceneNode("l", NodeKind.ACTOR, "Near the bottom edge", 400, 592, 6, false, false, false, false);
        RecordingPainter recorder = new RecordingPainter();

        painter.paint(new GraphScene(List.of(low), List.of()), screen, recorder);

        RecordingPainter.Text text = recorder.calls(RecordingPainter.Text.class).get(0);
        assertThat(text.y()).as("above the node").isLessThan(592);
    }

    @Test
    void aLargeNodeOfEveryShapeKeepsItsLabelWithRoomAllAround() {
        for (NodeKind kind : NodeKind.values()) {
            SceneNode big = new SceneNode("big", kind, "United States", 400, 300, 40, false, false, false, false);
            RecordingPainter recorder = new RecordingPainter();

            painter.paint(new GraphScene(List.of(big), List.of()), screen, recorder);

            assertThat(recorder.texts()).as(kind.name()).containsExactly("United States");
        }
    }

    @Test
    void aLabelStillStaysOffADiamondsTips() {
        double radius = 40;
        double tip = ShapeGeometry.boundaryDistance(NodeShape.DIAMOND, radius, Math.PI / 2);
        SceneNode diamond = new SceneNode("d", NodeKind.CHANNEL, "Hotline", 400, 300, radius, false, false, false, false);
        // A small node whose label, below it, would reach into the diamond's top tip but not into a box of the radius.
        SceneNode above = new SceneNode("a", NodeKind.ACTOR, "Above the tip", 400, 300 - tip - 14, 2, false, false, false, false);
        RecordingPainter recorder = new RecordingPainter();

        painter.paint(new GraphScene(List.of(diamond, above), List.of()), screen, recorder);

        RecordingPainter.Text label = recorder.calls(RecordingPainter.Text.class).stream()
                .filter(t -> t.text().equals("Above the tip")).findFirst().orElseThrow();
        assertThat(label.y()).as("above its node, not over the diamond's tip").isLessThan(300 - tip - 14);
    }

    @Test
    void theLargestNodeIsNamedInACrowdedMiddleWhereASmallerOneIsNot() {
        List<SceneNode> nodes = new ArrayList<>();
        nodes.add(new SceneNode("largest", NodeKind.ORGANIZATION, "United States", 250, 300, 20, false, false, false, false));
        nodes.add(new SceneNode("smaller", NodeKind.ORGANIZATION, "Soviet Union", 550, 300, 15, false, false, false, false));
        // A small unnamed node in each of the four places a label of either could take: below, above, right, left.
        for (SceneNode big : List.copyOf(nodes)) {
            double r = big.radius();
            double[][] around = {{0, r + 8}, {0, -r - 8}, {r + 20, 0}, {-r - 20, 0}};
            for (double[] d : around) {
                nodes.add(new SceneNode(big.id() + d[0] + ":" + d[1], NodeKind.ACTOR, "", big.x() + d[0], big.y() + d[1], 1,
                        false, false, false, false));
            }
        }
        RecordingPainter recorder = new RecordingPainter();

        painter.paint(new GraphScene(nodes, List.of()), screen, recorder);

        assertThat(recorder.texts()).containsExactly("United States");
    }
}
