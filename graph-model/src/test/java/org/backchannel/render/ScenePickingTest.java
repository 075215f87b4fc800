package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backchannel.model.NodeKind;
import org.junit.jupiter.api.Test;

class ScenePickingTest {

    /** World (0, 0) at the screen's centre (400, 300), two pixels per world unit. */
    private static final Viewport VIEW = new Viewport(800, 600, 0, 0, 2);

    @Test
    void theNodeDrawnLastWinsWhereTwoOverlap() {
        GraphScene scene = scene(node("below", 0, 0, 10), node("above", 3, 0, 10));

        assertThat(ScenePicking.nodeAt(scene, VIEW, 404, 300)).isEqualTo("above");
    }

    @Test
    void aPointOutsideEveryNodePicksNothing() {
        GraphScene scene = scene(node("a", 0, 0, 10));

        assertThat(ScenePicking.nodeAt(scene, VIEW, 400 + 21, 300)).isNull();
        assertThat(ScenePicking.nodeAt(scene, VIEW, 400 + 19, 300)).isEqualTo("a");
    }

    @Test
    void aTinyNodeStillTakesAClickNearItsCentre() {
        Viewport far = new Viewport(800, 600, 0, 0, 0.1);
        GraphScene scene = scene(node("tiny", 0, 0, 7));

        assertThat(ScenePicking.nodeAt(scene, far, 400 + ScenePicking.MIN_HIT_RADIUS - 0.5, 300)).isEqualTo("tiny");
    }

    @Test
    void theNodesAroundTheHoverCardAreThoseWhoseCentresLieInItsArea() {
        GraphScene scene = scene(node("in", 10, 10, 5), node("edge", 50, 0, 5), node("out", 100, 100, 5));

        assertThat(ScenePicking.nodesWithin(scene, VIEW, 390, 280, 500, 330)).extracting(SceneNode::id).containsExactly("in", "edge");
    }

    @Test
    void aRubberBandTakesTheNodesWhoseCentresItHoldsWhicheverCornerItStartedFrom() {
        GraphScene scene = scene(node("in", 10, 10, 5), node("edge", 50, 0, 5), node("out", 100, 100, 5));

        assertThat(ScenePicking.nodesIn(scene, VIEW, 500, 280, 390, 330)).containsExactly("in", "edge");
        assertThat(ScenePicking.nodesIn(scene, VIEW, 390, 330, 500, 280)).containsExactly("in", "edge");
    }

    private static GraphScene scene(SceneNode... nodes) {
        return new GraphScene(List.of(nodes), List.of());
    }

    private static SceneNode node(String id, double x, double y, double radius) {
        return new SceneNode(id, NodeKind.ACTOR, id, x, y, radius, false, false, false, false);
    }
}
