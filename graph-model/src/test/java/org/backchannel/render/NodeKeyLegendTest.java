package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backchannel.render.TestScenes.node;

import java.util.List;
import org.backchannel.model.NodeKind;
import org.backchannel.model.SizeMeasure;
import org.backchannel.render.RecordingPainter.Shape;
import org.junit.jupiter.api.Test;

/** The legend says what node sizes and community colours mean. */
class NodeKeyLegendTest {

    private final LegendPainter legend = new LegendPainter(Palette.standard());

    @Test
    void theSizeEntryNamesTheMeasureWithItsLeastAndMostValuesAndASmallAndALargeCircle() {
        RecordingPainter recorder = new RecordingPainter();

        legend.paint(LegendContent.of(scene(new NodeKey(SizeMeasure.BETWEENNESS, 0, 0.4125, List.of()))), recorder, 0, 0);

        assertThat(recorder.texts()).containsSubsequence("Size: betweenness", "0.000 (least)", "0.413 (most)");
        List<Shape> circles = recorder.calls(Shape.class).stream().filter(s -> s.shape() == NodeShape.CIRCLE).toList();
        // The actor's kind icon, then the small and the large circle.
        assertThat(circles).hasSize(3);
        assertThat(circles.get(1).radius()).isLessThan(circles.get(2).radius());
    }

    @Test
    void valuesAllAlikeAreSaidOnceAndAUniformSizeHasNoEntry() {
        RecordingPainter alike = new RecordingPainter();
        RecordingPainter uniform = new RecordingPainter();

        legend.paint(LegendContent.of(scene(new NodeKey(SizeMeasure.DEGREE, 2, 2, List.of()))), alike, 0, 0);
        legend.paint(LegendContent.of(scene(new NodeKey(SizeMeasure.UNIFORM, Double.NaN, Double.NaN, List.of()))), uniform, 0, 0);

        assertThat(alike.texts()).contains("Size: degree in the scene", "all 2");
        assertThat(uniform.texts()).noneMatch(t -> t.startsWith("Size"));
    }

    @Test
    void byCommunityEachColouredCommunityIsNamedAndTheRestCountedAndKindsKeepOnlyTheirShapes() {
        List<String> names = new java.util.ArrayList<>();
        for (int c = 0; c < CommunityColours.distinct() + 2; c++) {
            names.add("around member " + c);
        }
        RecordingPainter recorder = new RecordingPainter();

        legend.paint(LegendContent.of(scene(new NodeKey(SizeMeasure.UNIFORM, Double.NaN, Double.NaN, names))), recorder, 0, 0);

        assertThat(recorder.texts()).contains("Communities", "around member 0", "around member " + (CommunityColours.distinct() - 1),
                "2 smaller communities").doesNotContain("around member " + CommunityColours.distinct());
        List<Shape> shapes = recorder.calls(Shape.class);
        assertThat(shapes.get(0).fill()).as("the actor's icon is grey: colour no longer says the kind")
                .isNotEqualTo(Palette.standard().nodeFill(NodeKind.ACTOR));
        assertThat(shapes).extracting(Shape::fill).contains(CommunityColours.fill(0), CommunityColours.fill(1));
    }

    private static GraphScene scene(NodeKey key) {
        return new GraphScene(List.of(node("k", NodeKind.ACTOR, "Henry Kissinger", 0, 0)), List.of(), key);
    }
}
