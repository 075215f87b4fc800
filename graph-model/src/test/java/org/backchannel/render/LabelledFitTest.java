package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backchannel.model.NodeKind;
import org.junit.jupiter.api.Test;

class LabelledFitTest {

    /** Seven pixels a character, whatever the font: enough to reason about widths. */
    private static final TextMetrics METRICS = (text, size, bold) -> 7.0 * text.length();
    private static final LevelOfDetail DETAIL = LevelOfDetail.forExport();

    @Test
    void aLongLabelAtTheEdgeStaysInsideThePicture() {
        String name = "Cross-border bus service ceased";
        GraphScene scene = new GraphScene(List.of(
                node("left", name, -500, 0), node("right", "B", 500, 0), node("top", "C", 0, -200)), List.of());

        Viewport view = LabelledFit.fit(scene, 1000, 600, 24, 3, DETAIL, METRICS);

        double half = ExportLabels.block(name, DETAIL.labelSize(), false, METRICS).width() / 2;
        assertThat(view.toScreenX(-500) - half).isGreaterThanOrEqualTo(24 - 1e-9);
        assertThat(view.scale()).isLessThan(Viewport.fit(scene, 1000, 600, 24, 3).scale());
    }

    @Test
    void theLabelUnderTheLowestNodeStaysAboveTheBottom() {
        GraphScene scene = new GraphScene(List.of(node("a", "A", 0, -300), node("b", "Lowest", 0, 300)), List.of());

        Viewport view = LabelledFit.fit(scene, 800, 400, 24, 3, DETAIL, METRICS);

        double foot = view.toScreenY(300) + 12 * view.scale() + LabelPainter.GAP + ExportLabels.block("Lowest", DETAIL.labelSize(), false, METRICS).height();
        assertThat(foot).isLessThanOrEqualTo(400 - 24 + 1e-9);
    }

    @Test
    void unlabelledNodesOfACrowdedSceneLeaveTheFitAlone() {
        List<SceneNode> many = new java.util.ArrayList<>();
        for (int i = 0; i <= DETAIL.maxLabelledNodes(); i++) {
            many.add(node("n" + i, "A long name for node number " + i, i * 10 - 1000, (i % 7) * 20));
        }
        GraphScene scene = new GraphScene(many, List.of());

        assertThat(LabelledFit.fit(scene, 1200, 800, 24, 3, DETAIL, METRICS).scale())
                .isEqualTo(Viewport.fit(scene, 1200, 800, 24, 3).scale());
    }

    @Test
    void shortLabelsNeedNoShrinking() {
        GraphScene scene = new GraphScene(List.of(node("a", "A", -100, 0), node("b", "B", 100, 0)), List.of());

        assertThat(LabelledFit.fit(scene, 1000, 600, 24, 3, DETAIL, METRICS).scale())
                .isEqualTo(Viewport.fit(scene, 1000, 600, 24, 3).scale());
    }

    private static SceneNode node(String id, String label, double x, double y) {
        return new SceneNode(id, NodeKind.ACTOR, label, x, y, 12, false, false, false, false);
    }
}
