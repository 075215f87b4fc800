package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analyst's notes on an export: a number by each annotated node or link, and the list under the figure. */
class AnnotationExportTest {

    private final SceneExporter exporter = new SceneExporter(Palette.standard());
    private final GraphScene scene = TestScenes.cienfuegos();
    /** Where the markers' tests look at the scene from, on an 800 × 600 page with a 40 px margin. */
    private final Viewport viewport = Viewport.fit(scene, 800, 600, 40);
    private final ExportOptions options = new ExportOptions(900, 1, false, true, List.of("Backchannel · test"));

    @Test
    void notesAreNumberedOnTheFigureAndListedUnderItAsTheAnalysts() {
        String linkId = scene.links().get(0).id();
        List<Annotation> notes = List.of(new Annotation(1, TestScenes.KISSINGER, "Henry Kissinger: met Dobrynin weekly"),
                new Annotation(2, linkId, "the channel: denied in public"), new Annotation(3, null, "Working view for chapter 2"));

        String svg = exporter.toSvg(scene, options, notes);

        assertThat(svg).contains("an analyst&apos;s note is not from the sources",
                "1. Henry Kissinger: met Dobrynin weekly", "2. the channel: denied in public", "3. Working view for chapter 2");
        assertThat(countOf(svg, ">1</text>")).isEqualTo(1);
        assertThat(countOf(svg, ">2</text>")).isEqualTo(1);
        assertThat(countOf(svg, ">3</text>")).as("a note on the whole figure has no marker").isZero();
    }

    @Test
    void numbersOfTwoExchangesOnOneLineStandSideBySide() {
        String linkId = scene.links().get(0).id();
        List<Annotation> notes = List.of(new Annotation(1, linkId, "first exchange"), new Annotation(2, linkId, "second exchange"));
        RecordingPainter recorder = new RecordingPainter();

        new AnnotationPainter(Palette.standard()).markers(notes, scene, viewport, recorder, List.of());

        List<RecordingPainter.Shape> discs = recorder.calls(RecordingPainter.Shape.class);
        assertThat(discs).hasSize(2);
        assertThat(Math.hypot(discs.get(0).cx() - discs.get(1).cx(), discs.get(0).cy() - discs.get(1).cy()))
                .isGreaterThanOrEqualTo(2 * discs.get(0).radius());
    }

    @Test
    void aNodesNumberGoesToACornerItsLabelLeavesFree() {
        SceneNode kissinger = scene.nodesById().get(TestScenes.KISSINGER);
        double x = viewport.toScreenX(kissinger.x());
        double y = viewport.toScreenY(kissinger.y());
        // A label over the node, wide enough to cover both of its upper corners, where the number would go first.
        double reach = kissinger.radius() * viewport.scale() + 30;
        ExportLabels.Block block = new ExportLabels.Block(List.of("Henry Kissinger"), 12, false, 2 * reach);
        ExportLabels.Placed label = new ExportLabels.Placed(block, x - reach, y - kissinger.radius() * viewport.scale() - block.height());
        RecordingPainter recorder = new RecordingPainter();

        new AnnotationPainter(Palette.standard()).markers(List.of(new Annotation(1, TestScenes.KISSINGER, "a note")), scene, viewport,
                recorder, List.of(label));

        RecordingPainter.Shape disc = recorder.calls(RecordingPainter.Shape.class).get(0);
        boolean apart = disc.cx() + disc.radius() <= label.left() || disc.cx() - disc.radius() >= label.left() + label.block().width()
                || disc.cy() + disc.radius() <= label.top() || disc.cy() - disc.radius() >= label.top() + label.block().height();
        assertThat(apart).as("the number's disc at (%s, %s) is clear of the label", disc.cx(), disc.cy()).isTrue();
        assertThat(disc.cy()).as("below the node, the corner left free").isGreaterThan(y);
    }

    @Test
    void whereLabelsCrowdEveryCornerTheNumberGoesFartherOutOnALeaderLine() {
        SceneNode kissinger = scene.nodesById().get(TestScenes.KISSINGER);
        double x = viewport.toScreenX(kissinger.x());
        double y = viewport.toScreenY(kissinger.y());
        // Two labels, one over the node and one under it, each wide enough to touch both corners on its side.
        double r = kissinger.radius() * viewport.scale();
        ExportLabels.Block block = new ExportLabels.Block(List.of("Henry Kissinger"), 12, false, 2 * r + 60);
        List<ExportLabels.Placed> labels = List.of(new ExportLabels.Placed(block, x - r - 30, y - r - block.height() + 2),
                new ExportLabels.Placed(block, x - r - 30, y + r - 2));
        RecordingPainter recorder = new RecordingPainter();

        new AnnotationPainter(Palette.standard()).markers(List.of(new Annotation(1, TestScenes.KISSINGER, "a note")), scene, viewport,
                recorder, labels);

        RecordingPainter.Shape disc = recorder.calls(RecordingPainter.Shape.class).get(0);
        for (ExportLabels.Placed label : labels) {
            boolean apart = disc.cx() + disc.radius() <= label.left() || disc.cx() - disc.radius() >= label.left() + block.width()
                    || disc.cy() + disc.radius() <= label.top() || disc.cy() - disc.radius() >= label.top() + block.height();
            assertThat(apart).as("the number's disc at (%s, %s) is clear of the label at %s", disc.cx(), disc.cy(), label.top()).isTrue();
        }
        for (SceneNode node : scene.nodes()) {
            assertThat(Math.hypot(disc.cx() - viewport.toScreenX(node.x()), disc.cy() - viewport.toScreenY(node.y())))
                    .as("clear of %s", node.id()).isGreaterThan(disc.radius() + node.radius() * viewport.scale());
        }
        RecordingPainter.Line leader = recorder.calls(RecordingPainter.Line.class).get(0);
        assertThat(Math.hypot(leader.x1() - x, leader.y1() - y)).as("the leader starts at the node's outline").isCloseTo(r, within(0.01));
        assertThat(Math.hypot(leader.x2() - disc.cx(), leader.y2() - disc.cy())).as("and ends at the disc's")
                .isCloseTo(disc.radius(), within(0.01));
        for (double t = 0; t <= 1; t += 0.05) {
            double px = leader.x1() + t * (leader.x2() - leader.x1());
            double py = leader.y1() + t * (leader.y2() - leader.y1());
            for (ExportLabels.Placed label : labels) {
                boolean on = px > label.left() && px < label.left() + block.width() && py > label.top() && py < label.top() + block.height();
                assertThat(on).as("the leader crosses no label").isFalse();
            }
        }
    }

    @Test
    void aLinksNumberMovesAlongItOffALabelAcrossItsMiddle() {
        SceneLink link = scene.links().get(0);
        SceneNode from = scene.nodesById().get(link.fromId());
        SceneNode to = scene.nodesById().get(link.toId());
        double midX = viewport.toScreenX((from.x() + to.x()) / 2);
        double midY = viewport.toScreenY((from.y() + to.y()) / 2);
        ExportLabels.Block block = new ExportLabels.Block(List.of("a name"), 12, false, 40);
        ExportLabels.Placed label = new ExportLabels.Placed(block, midX - 20, midY - block.height() / 2);
        RecordingPainter recorder = new RecordingPainter();

        new AnnotationPainter(Palette.standard()).markers(List.of(new Annotation(1, link.id(), "a note")), scene, viewport, recorder,
                List.of(label));

        RecordingPainter.Shape disc = recorder.calls(RecordingPainter.Shape.class).get(0);
        boolean apart = disc.cx() + disc.radius() <= label.left() || disc.cx() - disc.radius() >= label.left() + block.width()
                || disc.cy() + disc.radius() <= label.top() || disc.cy() - disc.radius() >= label.top() + block.height();
        assertThat(apart).as("the number's disc at (%s, %s) is clear of the label", disc.cx(), disc.cy()).isTrue();
    }

    @Test
    void theListMakesThePageTallerAndAFigureWithoutNotesIsUnchanged() {
        BufferedImage plain = exporter.toImage(scene, options);
        BufferedImage noted = exporter.toImage(scene, options, List.of(new Annotation(1, TestScenes.DOBRYNIN, "a note")));
        assertThat(noted.getHeight()).isGreaterThan(plain.getHeight());
        assertThat(exporter.toSvg(scene, options, List.of())).isEqualTo(exporter.toSvg(scene, options));
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
