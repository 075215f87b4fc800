package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;

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
}
