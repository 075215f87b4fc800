package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.backchannel.model.LinkType;
import org.backchannel.render.CrowdLayer.Decision;
import org.junit.jupiter.api.Test;

/** When the crowd layer is reused, drawn anew or not used, decided without a toolkit. */
class CrowdLayerTest {

    /** Small limits, so that a grid of a few hundred nodes is a crowd. */
    private static final LevelOfDetail DETAIL = new LevelOfDetail(200, 0.5, 32, 11, 40, 20, Integer.MAX_VALUE, 30);
    private static final int SIDE = 20;
    private static final double SPACING = 10;

    private final Palette palette = Palette.standard();
    private final CrowdLayer crowd = new CrowdLayer();

    /** A {@code SIDE × SIDE} grid of small nodes, each linked to its right and lower neighbours; the first moved by {@code movedX}. */
    private static GraphScene grid(double movedX) {
        List<SceneNode> nodes = new ArrayList<>();
        for (SceneNode n : TestScenes.grid(SIDE * SIDE, SPACING)) {
            double x = n.id().equals("n0") ? n.x() + movedX : n.x();
            nodes.add(new SceneNode(n.id(), n.kind(), n.label(), x, n.y(), 1, false, false, false, false));
        }
        List<SceneLink> links = new ArrayList<>();
        for (int i = 0; i < SIDE * SIDE; i++) {
            if (i % SIDE < SIDE - 1) {
                links.add(TestScenes.link("r" + i, "n" + i, "n" + (i + 1), LinkType.AFFILIATED_WITH));
            }
            if (i + SIDE < SIDE * SIDE) {
                links.add(TestScenes.link("d" + i, "n" + i, "n" + (i + SIDE), LinkType.AFFILIATED_WITH));
            }
        }
        return new GraphScene(nodes, links);
    }

    /** The whole grid on a 400 × 300 screen. */
    private static Viewport whole() {
        return new Viewport(400, 300, SIDE * SPACING / 2, SIDE * SPACING / 2, 1);
    }

    private Decision frame(GraphScene scene, Viewport view, boolean moving) {
        return crowd.prepare(scene, view, palette, DETAIL, moving);
    }

    private static Viewport pannedBy(Viewport view, double screenX, double screenY) {
        return new Viewport(view.width(), view.height(), view.centerX() - screenX / view.scale(),
                view.centerY() - screenY / view.scale(), view.scale());
    }

    @Test
    void panningWithinTheMarginReusesTheLayerAndMovesIt() {
        GraphScene scene = grid(0);
        assertThat(frame(scene, whole(), false)).isEqualTo(Decision.REDRAWN);
        long version = crowd.version();
        double left = crowd.left(whole());

        Viewport panned = pannedBy(whole(), CrowdLayer.MARGIN - 1, -(CrowdLayer.MARGIN - 1));

        assertThat(frame(scene, panned, true)).isEqualTo(Decision.REUSED);
        assertThat(crowd.version()).isEqualTo(version);
        assertThat(crowd.left(panned)).isEqualTo(left + CrowdLayer.MARGIN - 1);
        assertThat(crowd.top(panned)).isEqualTo(crowd.top(whole()) - (CrowdLayer.MARGIN - 1));
    }

    @Test
    void aLayerDrawnAnewGoesIntoTheOtherRasterSoThatTheOneLastShownIsLeftAsItWas() {
        frame(grid(0), whole(), false);
        LineRaster first = crowd.raster();
        int[] shown = first.pixels().clone();

        frame(grid(3), whole(), false);
        LineRaster second = crowd.raster();

        assertThat(second).isNotSameAs(first);
        assertThat(first.pixels()).isEqualTo(shown);
        assertThat(second.pixels()).isNotEqualTo(shown);

        frame(grid(6), whole(), false);
        assertThat(crowd.raster()).isSameAs(first);
    }

    @Test
    void panningBeyondTheMarginOfASceneLargerThanTheViewDrawsTheLayerAnew() {
        GraphScene scene = grid(0);
        // Six pixels a unit: the grid is wider than the view and its margins together.
        Viewport close = new Viewport(400, 300, SIDE * SPACING / 2, SIDE * SPACING / 2, 6);
        frame(scene, close, false);
        long version = crowd.version();
        assertThat(frame(scene, pannedBy(close, CrowdLayer.MARGIN - 1, 0), false)).isEqualTo(Decision.REUSED);

        Viewport beyond = pannedBy(close, CrowdLayer.MARGIN + 1, 0);

        assertThat(frame(scene, beyond, false)).isEqualTo(Decision.REDRAWN);
        assertThat(crowd.version()).isGreaterThan(version);
        assertThat(crowd.left(beyond)).isLessThanOrEqualTo(0);
        assertThat(crowd.left(beyond) + crowd.raster().width()).isGreaterThanOrEqualTo(beyond.width());
    }

    @Test
    void aSceneThatFitsWithinTheMarginIsDrawnWholeOnceForEveryPan() {
        GraphScene scene = grid(0);
        frame(scene, whole(), false);

        for (double pan : new double[] {CrowdLayer.MARGIN + 1, 5 * CrowdLayer.MARGIN, -3 * CrowdLayer.MARGIN}) {
            assertThat(frame(scene, pannedBy(whole(), pan, pan / 2), true)).as("pan %s", pan).isEqualTo(Decision.REUSED);
        }
        assertThat(crowd.raster().width()).isLessThan((int) whole().width() + 2 * CrowdLayer.MARGIN);
    }

    @Test
    void aZoomAFilterOrAMovedNodeDrawsTheLayerAnew() {
        GraphScene scene = grid(0);
        frame(scene, whole(), false);
        Viewport zoomed = new Viewport(400, 300, whole().centerX(), whole().centerY(), 1.1);
        assertThat(frame(scene, zoomed, false)).as("zoom").isEqualTo(Decision.REDRAWN);

        GraphScene filtered = new GraphScene(scene.nodes(), scene.links().subList(0, scene.links().size() - 100));
        assertThat(frame(filtered, zoomed, false)).as("filter").isEqualTo(Decision.REDRAWN);
        assertThat(crowd.layerLinks()).isEqualTo(filtered.links().size());

        assertThat(frame(grid(3), zoomed, false)).as("a node moved").isEqualTo(Decision.REDRAWN);
        assertThat(frame(grid(3), zoomed, false)).as("the same scene built again is another scene").isEqualTo(Decision.REDRAWN);
    }

    @Test
    void theSameSceneAtTheSameViewIsReusedUntilInvalidated() {
        GraphScene scene = grid(0);
        frame(scene, whole(), false);
        assertThat(frame(scene, whole(), false)).isEqualTo(Decision.REUSED);

        crowd.invalidate();

        assertThat(frame(scene, whole(), false)).isEqualTo(Decision.REDRAWN);
    }

    @Test
    void aSampleDrawnWhileMovingIsDrawnInFullOnceTheViewRests() {
        GraphScene scene = grid(0);
        LevelOfDetail sampling = DETAIL.withMaxCrowdLinks(100);

        assertThat(crowd.prepare(scene, whole(), palette, sampling, true)).isEqualTo(Decision.REDRAWN);
        int sampled = crowd.layerLinks();
        assertThat(sampled).isLessThan(scene.links().size()).isGreaterThanOrEqualTo(scene.links().size() / 8);
        assertThat(crowd.prepare(scene, pannedBy(whole(), 5, 0), palette, sampling, true)).isEqualTo(Decision.REUSED);

        assertThat(crowd.prepare(scene, pannedBy(whole(), 5, 0), palette, sampling, false)).isEqualTo(Decision.REDRAWN);
        assertThat(crowd.layerLinks()).isEqualTo(scene.links().size());
        assertThat(crowd.prepare(scene, pannedBy(whole(), 5, 0), palette, sampling, false)).isEqualTo(Decision.REUSED);
    }

    @Test
    void fewElementsNearTheViewArePaintedFineWithoutALayer() {
        GraphScene scene = grid(0);
        // Zoomed in on the top left corner: only a few nodes within the margin.
        Viewport corner = new Viewport(40, 40, 0, 0, 16);

        assertThat(frame(scene, corner, false)).isEqualTo(Decision.FINE);

        Set<String> near = crowd.near().nodes().stream().map(SceneNode::id).collect(Collectors.toSet());
        assertThat(near).contains("n0", "n1", "n" + SIDE).doesNotContain("n" + (SIDE * SIDE - 1));
        assertThat(crowd.near().links()).hasSizeLessThanOrEqualTo(DETAIL.maxFineLinks())
                .allMatch(l -> near.contains(l.fromId()) && near.contains(l.toId()));
        assertThat(crowd.layerLinks()).isZero();
    }

    @Test
    void selectedNodesAndHighlightedLinksStayOutOfTheLayerAndArePaintedFine() {
        GraphScene plain = grid(0);
        List<SceneNode> nodes = new ArrayList<>(plain.nodes());
        nodes.set(5, TestScenes.selected(nodes.get(5)));
        List<SceneLink> links = new ArrayList<>(plain.links());
        SceneLink lit = links.get(7);
        links.set(7, new SceneLink(lit.id(), lit.fromId(), lit.toId(), lit.type(), null, null, true, false));
        GraphScene scene = new GraphScene(nodes, links);

        assertThat(frame(scene, whole(), false)).isEqualTo(Decision.REDRAWN);

        assertThat(crowd.layerLinks()).isEqualTo(links.size() - 1);
        assertThat(crowd.near().links()).extracting(SceneLink::id).containsExactly(lit.id());
        assertThat(crowd.near().nodes()).extracting(SceneNode::id).containsExactlyInAnyOrder("n5", lit.fromId(), lit.toId());
        assertThat(crowd.layerNodes()).isEqualTo(nodes.size() - 1);
    }

    @Test
    void crowdLinksFadeAsTheyGrowInNumberButNeverVanish() {
        double few = CrowdTone.crowdAlpha(DETAIL.maxFineLinks(), DETAIL);
        double many = CrowdTone.crowdAlpha(100L * DETAIL.maxFineLinks(), DETAIL);
        double countless = CrowdTone.crowdAlpha(1_000_000_000L, DETAIL);

        assertThat(few).isEqualTo(1);
        assertThat(many).isLessThan(few).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(countless).isEqualTo(CrowdTone.MIN_CROWD_ALPHA);
    }

    @Test
    void theScenePainterShowsTheLayerOnceAndPaintsNoCrowdLineItself() {
        RecordingPainter painter = new RecordingPainter();
        GraphScene scene = grid(0);

        PaintStats stats = new ScenePainter(palette, DETAIL).paint(scene, whole(), painter, null, crowd, false);

        assertThat(painter.calls(RecordingPainter.Raster.class)).singleElement()
                .satisfies(r -> assertThat(r.x()).isEqualTo(crowd.left(whole())));
        assertThat(painter.calls(RecordingPainter.Line.class)).isEmpty();
        assertThat(painter.firstIndexOf(RecordingPainter.Raster.class)).isZero();
        assertThat(stats.links()).isEqualTo(scene.links().size());
        assertThat(stats.nodes()).isEqualTo(scene.nodes().size());
    }

    /** The colour half-way along {@code count} back-channel links between two nodes, as the layer draws it. */
    private int midpointColour(int count) {
        List<SceneNode> nodes = List.of(TestScenes.node("a", org.backchannel.model.NodeKind.ACTOR, "A", 0, 0),
                TestScenes.node("b", org.backchannel.model.NodeKind.ACTOR, "B", 100, 0));
        List<SceneLink> links = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            links.add(TestScenes.spokeWith("l" + i, "a", "b", org.backchannel.model.ChannelType.BACK_CHANNEL,
                    org.backchannel.model.Secrecy.PUBLIC));
        }
        Viewport view = new Viewport(200, 100, 50, 0, 1);
        assertThat(frame(new GraphScene(nodes, links), view, false)).isEqualTo(Decision.REDRAWN);
        int x = (int) Math.floor(view.toScreenX(50) - crowd.left(view));
        int y = (int) Math.floor(view.toScreenY(0) - crowd.top(view));
        int pixel = crowd.raster().pixels()[y * crowd.raster().width() + x];
        int alpha = pixel >>> 24;
        int r = ((pixel >> 16) & 0xFF) * 255 / alpha;
        int g = ((pixel >> 8) & 0xFF) * 255 / alpha;
        int b = (pixel & 0xFF) * 255 / alpha;
        return (r << 16) | (g << 8) | b;
    }

    private static int distance(int rgb, int other) {
        return Math.abs(((rgb >> 16) & 0xFF) - ((other >> 16) & 0xFF)) + Math.abs(((rgb >> 8) & 0xFF) - ((other >> 8) & 0xFF))
                + Math.abs((rgb & 0xFF) - (other & 0xFF));
    }

    @Test
    void aCrowdOfLinksKeepsItsChannelColoursUntilItIsTooDenseForThemThenShadesInOneColour() {
        int channel = palette.linkStyle(LinkType.SPOKE_WITH, org.backchannel.model.ChannelType.BACK_CHANNEL,
                org.backchannel.model.Secrecy.PUBLIC).rgb();
        int tone = CrowdLayer.TONE_LINKS * DETAIL.maxFineLinks();

        // Faint lines blended hundreds of times drift in 8-bit colour: nearer one colour than the other is what shows.
        int colours = midpointColour(tone);
        int shaded = midpointColour(tone + 1);
        assertThat(distance(colours, channel)).isLessThan(distance(colours, palette.label()));
        assertThat(distance(shaded, palette.label())).isLessThan(distance(shaded, channel));
    }

    /** Pixels the layer paints for {@code count} small unlinked nodes two pixels apart. */
    private int paintedFor(int count) {
        List<SceneNode> nodes = new ArrayList<>();
        for (SceneNode n : TestScenes.grid(count, SPACING)) {
            nodes.add(new SceneNode(n.id(), n.kind(), n.label(), n.x(), n.y(), 1, false, false, false, false));
        }
        assertThat(frame(new GraphScene(nodes, List.of()), new Viewport(400, 300, 0, 0, 0.2), false)).isEqualTo(Decision.REDRAWN);
        int painted = 0;
        for (int pixel : crowd.raster().pixels()) {
            painted += pixel != 0 ? 1 : 0;
        }
        return painted;
    }

    @Test
    void crowdedNodesAreSquaresOfTwoPixelsUntilTheyCrowdLikeAShadeThenAPixelEach() {
        int shade = CrowdLayer.TONE_LINKS * DETAIL.maxFineNodes();

        assertThat(paintedFor(shade)).isEqualTo(shade * 4);
        assertThat(paintedFor(shade + 1)).isEqualTo(shade + 1);
    }
}
