package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.NodeKind;
import org.junit.jupiter.api.Test;

class ExportLabelsTest {

    private static final TextMetrics METRICS = new RecordingPainter();
    private static final LevelOfDetail DETAIL = LevelOfDetail.forExport();
    private static final double SIZE = DETAIL.labelSize();

    @Test
    void aShortNameStaysOnOneLineAtItsSize() {
        ExportLabels.Block block = ExportLabels.block("Henry Kissinger", SIZE, false, METRICS);

        assertThat(block.lines()).containsExactly("Henry Kissinger");
        assertThat(block.size()).isEqualTo(SIZE);
    }

    @Test
    void aLongNameBreaksAtTheSpaceThatBalancesItsTwoLinesAndIsNeverCut() {
        String name = "Soviet Embassy in Washington DC";

        ExportLabels.Block block = ExportLabels.block(name, SIZE, false, METRICS);

        assertThat(block.lines()).hasSize(2);
        assertThat(String.join(" ", block.lines())).isEqualTo(name);
        assertThat(block.width()).isLessThanOrEqualTo(SIZE * ExportLabels.MAX_LINE_EMS + 1e-9);
    }

    @Test
    void aNameTooLongForTwoLinesIsSetSmallerDownToALimitButKeptWhole() {
        String name = "Conference on Security and Co-operation in Europe at Helsinki, Geneva and Belgrade 1973–1978";

        ExportLabels.Block block = ExportLabels.block(name, SIZE, false, METRICS);

        assertThat(block.size()).isLessThan(SIZE).isGreaterThanOrEqualTo(SIZE * ExportLabels.MIN_SHRINK);
        assertThat(String.join(" ", block.lines())).isEqualTo(name).doesNotContain("\u2026");
    }

    @Test
    void crowdedLabelsAreLeftOutWholeLowestRankFirstAndCounted() {
        // Ten nodes almost on top of each other: the biggest and the selected one win, the rest are counted.
        List<SceneNode> nodes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            nodes.add(new SceneNode("n" + i, NodeKind.ACTOR, "Actor number " + i, i * 3, 0, 5 + i, i == 2, false, false, false));
        }
        GraphScene scene = new GraphScene(nodes, List.of());
        Viewport viewport = new Viewport(400, 300, 15, 0, 1);

        ExportLabels labels = ExportLabels.place(scene, viewport, DETAIL, METRICS);

        List<String> drawn = labels.placed().stream().map(p -> String.join(" ", p.block().lines())).toList();
        assertThat(drawn).contains("Actor number 2", "Actor number 9");
        assertThat(drawn.size() + labels.leftOut()).isEqualTo(nodes.size());
        assertThat(labels.leftOut()).isPositive();
        assertThat(ExportPage.withLeftOut(List.of("Caption"), labels.leftOut()))
                .last().asString().startsWith(labels.leftOut() + " nodes are not labelled");
    }

    @Test
    void eachNameIsDrawnOverAVeilOfTheBackgroundSoThatLinksUnderItDoNotCutIt() {
        GraphScene scene = new GraphScene(TestScenes.grid(4, 200), List.of());
        ExportLabels labels = ExportLabels.place(scene, Viewport.fit(scene, 800, 800, 60), DETAIL, METRICS);
        RecordingPainter recorder = new RecordingPainter();

        labels.paint(recorder, Palette.standard());

        List<RecordingPainter.Call> calls = recorder.calls;
        for (ExportLabels.Placed label : labels.placed()) {
            int text = calls.indexOf(calls.stream().filter(c -> c instanceof RecordingPainter.Text t
                    && t.text().equals(label.block().lines().get(0))).findFirst().orElseThrow());
            double halo = Painter.haloWidth(label.block().size()) / 2;
            assertThat(calls.get(text - 1)).as("the call before the name").isEqualTo(new RecordingPainter.Rect(label.left() - halo,
                    label.top(), label.block().width() + 2 * halo, label.block().height(), Palette.standard().background(),
                    LabelPainter.VEIL, -1));
        }
    }

    @Test
    void labelsThatFitAreAllDrawnInsideThePicture() {
        List<SceneNode> nodes = TestScenes.grid(16, 200);
        GraphScene scene = new GraphScene(nodes, List.of());
        Viewport viewport = Viewport.fit(scene, 1000, 1000, 60);

        ExportLabels labels = ExportLabels.place(scene, viewport, DETAIL, METRICS);

        assertThat(labels.leftOut()).isZero();
        assertThat(labels.placed()).hasSize(16).allSatisfy(p -> {
            assertThat(p.left()).isGreaterThanOrEqualTo(0);
            assertThat(p.top() + p.block().height()).isLessThanOrEqualTo(1000);
        });
    }

    @Test
    void withMoreNodesThanTheLabelLimitOnlyTheSelectedAreLabelled() {
        List<SceneNode> nodes = new ArrayList<>(TestScenes.grid(DETAIL.maxLabelledNodes() + 1, 200));
        nodes.set(0, TestScenes.selected(nodes.get(0)));
        GraphScene scene = new GraphScene(nodes, List.of());

        ExportLabels labels = ExportLabels.place(scene, Viewport.fit(scene, 4000, 4000, 60), DETAIL, METRICS);

        assertThat(labels.placed()).singleElement().satisfies(p -> assertThat(p.block().bold()).isTrue());
        assertThat(labels.leftOut()).isZero();
    }
}
