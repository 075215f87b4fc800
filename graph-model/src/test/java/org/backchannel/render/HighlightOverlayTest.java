package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.backchannel.model.LinkType;
import org.backchannel.render.RecordingPainter.Call;
import org.backchannel.render.RecordingPainter.Line;
import org.backchannel.render.RecordingPainter.Raster;
import org.backchannel.render.RecordingPainter.Rect;
import org.backchannel.render.RecordingPainter.Shape;
import org.junit.jupiter.api.Test;

/** The selection and highlights drawn over a scene built without them, and over its crowd layer, without a toolkit. */
class HighlightOverlayTest {

    private final Palette palette = Palette.standard();
    private final Viewport screen = new Viewport(800, 600, 250, 150, 1);

    @Test
    void overASmallSceneItDrawsExactlyWhatASceneBuiltWithTheHighlightsDraws() {
        GraphScene plain = TestScenes.cienfuegos();
        Set<String> lit = Set.of(TestScenes.KISSINGER, TestScenes.DOBRYNIN, "kissinger-dobrynin");
        SceneDecoration decoration = new SceneDecoration(Set.of(TestScenes.NIXON), lit);
        // The scene as the builder makes it with the highlights: the lit elements stand out, the rest is dimmed.
        List<SceneNode> nodes = new ArrayList<>();
        for (SceneNode n : plain.nodes()) {
            boolean on = lit.contains(n.id());
            nodes.add(new SceneNode(n.id(), n.kind(), n.label(), n.x(), n.y(), n.radius(), n.id().equals(TestScenes.NIXON),
                    on, !on, n.pinned()));
        }
        List<SceneLink> links = new ArrayList<>();
        for (SceneLink l : plain.links()) {
            boolean on = lit.contains(l.id());
            links.add(new SceneLink(l.id(), l.fromId(), l.toId(), l.type(), l.channelType(), l.secrecy(), on, !on, l.label()));
        }
        RecordingPainter built = new RecordingPainter();
        RecordingPainter overlaid = new RecordingPainter();
        ScenePainter painter = new ScenePainter(palette, LevelOfDetail.standard());

        painter.paint(new GraphScene(nodes, links), screen, built, null, new CrowdLayer(), false);
        painter.paint(plain, screen, overlaid, null, new CrowdLayer(), false, new HighlightOverlay(), decoration);

        assertThat(described(overlaid.calls)).isNotEmpty().isEqualTo(described(built.calls));
    }

    @Test
    void aHoverOverALargeSceneRedrawsNeitherTheLayerNorTheLookUpAndDrawsOnlyTheNeighbourhoodFine() {
        int side = 30;
        GraphScene grid = grid(side);
        // Small limits, so that the grid's 900 nodes and 1,740 links are a crowd in a layer.
        ScenePainter painter = new ScenePainter(palette, new LevelOfDetail(200, 0.5, 32, 11, 40, 20, Integer.MAX_VALUE, 30));
        CrowdLayer crowd = new CrowdLayer();
        HighlightOverlay overlay = new HighlightOverlay();
        Viewport view = new Viewport(800, 600, side * 5, side * 5, 2);
        painter.paint(grid, view, new RecordingPainter(), null, crowd, false, overlay, SceneDecoration.NONE);
        long layer = crowd.version();

        List<RecordingPainter> hovers = new ArrayList<>();
        for (int hovered : new int[] {side * 10 + 10, side * 10 + 11, side * 12 + 3}) {
            RecordingPainter frame = new RecordingPainter();
            painter.paint(grid, view, frame, null, crowd, false, overlay, hover(grid, "n" + hovered));
            hovers.add(frame);
        }

        assertThat(crowd.version()).as("the layer drawn before the hovers").isEqualTo(layer);
        assertThat(overlay.lookUps()).as("one look-up by id for the scene").isEqualTo(1);
        RecordingPainter first = hovers.get(0);
        assertThat(first.calls(Raster.class)).singleElement().satisfies(r -> assertThat(r.version()).isEqualTo(layer));
        // Names are drawn over small bands of the background too; the veil is the one that spans the view.
        assertThat(first.calls(Rect.class)).as("the veil that dims the layer").filteredOn(r -> r.w() >= view.width())
                .singleElement().satisfies(veil -> {
            assertThat(veil.fill()).isEqualTo(palette.background());
            assertThat(veil.alpha()).isEqualTo(1 - palette.dimmedAlpha() / 255.0);
            assertThat(veil.w()).isEqualTo(view.width());
        });
        // The hovered node of the middle has four neighbours: five nodes stand out, each over its highlight band, and four links.
        assertThat(first.calls(Shape.class)).filteredOn(s -> s.fill() == palette.highlight()).hasSize(5);
        assertThat(first.calls(Line.class)).filteredOn(l -> l.rgb() == palette.highlight()).hasSize(4);
        assertThat(first.calls(Line.class)).as("only the lit links are drawn as lines").hasSize(8);

        RecordingPainter cleared = new RecordingPainter();
        painter.paint(grid, view, cleared, null, crowd, false, overlay, SceneDecoration.NONE);
        assertThat(cleared.calls(Rect.class)).as("no veil").filteredOn(r -> r.w() >= view.width()).isEmpty();
        assertThat(cleared.calls(Shape.class)).filteredOn(s -> s.fill() == palette.highlight()).isEmpty();
        assertThat(crowd.version()).isEqualTo(layer);
    }

    @Test
    void aSelectedNodeInTheLayerIsDrawnFineOverItWithItsRing() {
        GraphScene grid = grid(30);
        ScenePainter painter = new ScenePainter(palette, new LevelOfDetail(200, 0.5, 32, 11, 40, 20, Integer.MAX_VALUE, 30));
        CrowdLayer crowd = new CrowdLayer();
        Viewport view = new Viewport(800, 600, 150, 150, 2);
        RecordingPainter frame = new RecordingPainter();

        painter.paint(grid, view, frame, null, crowd, false, new HighlightOverlay(), new SceneDecoration(Set.of("n31"), Set.of()));

        SceneNode selected = grid.nodes().get(31);
        assertThat(frame.calls(Shape.class)).filteredOn(s -> s.stroke() == palette.selection())
                .singleElement().satisfies(ring -> {
                    assertThat(ring.cx()).isEqualTo(view.toScreenX(selected.x()));
                    assertThat(ring.cy()).isEqualTo(view.toScreenY(selected.y()));
                });
        assertThat(frame.calls(Rect.class)).as("nothing is dimmed").filteredOn(r -> r.w() >= view.width()).isEmpty();
    }

    /** A node, its links and the nodes at their other ends, as the canvas lights them up when hovered. */
    private static SceneDecoration hover(GraphScene scene, String id) {
        Set<String> ids = new HashSet<>(Set.of(id));
        for (SceneLink link : scene.links()) {
            if (link.fromId().equals(id) || link.toId().equals(id)) {
                ids.addAll(List.of(link.id(), link.fromId(), link.toId()));
            }
        }
        return new SceneDecoration(Set.of(), ids);
    }

    /** A {@code side × side} grid of nodes ten apart, each linked to its right and lower neighbours. */
    private static GraphScene grid(int side) {
        List<SceneNode> nodes = new ArrayList<>();
        for (SceneNode n : TestScenes.grid(side * side, 10)) {
            nodes.add(new SceneNode(n.id(), n.kind(), n.label(), n.x(), n.y(), 1, false, false, false, false));
        }
        List<SceneLink> links = new ArrayList<>();
        for (int i = 0; i < side * side; i++) {
            if (i % side < side - 1) {
                links.add(TestScenes.link("r" + i, "n" + i, "n" + (i + 1), LinkType.AFFILIATED_WITH));
            }
            if (i + side < side * side) {
                links.add(TestScenes.link("d" + i, "n" + i, "n" + (i + side), LinkType.AFFILIATED_WITH));
            }
        }
        return new GraphScene(nodes, links);
    }

    /** The calls as text, dash patterns included by value. */
    private static List<String> described(List<Call> calls) {
        return calls.stream().map(c -> c instanceof Line l ? l.toString().replaceAll("dash=\\S+", "dash=" + Arrays.toString(l.dash())) : c.toString()).toList();
    }
}
