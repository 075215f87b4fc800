package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.junit.jupiter.api.Test;

class LinkPickingTest {

    private final Viewport view = new Viewport(400, 300, 0, 0, 1);

    @Test
    void theLinkClosestToThePointerWithinTheToleranceIsPicked() {
        GraphScene scene = new GraphScene(
                List.of(node("a", -100, 0), node("b", 100, 0), node("c", 0, -100)),
                List.of(link("ab", "a", "b", false), link("ac", "a", "c", false)));
        double x = view.toScreenX(10);

        assertThat(ScenePicking.linkAt(scene, view, x, view.toScreenY(3), 4)).isEqualTo("ab");
        assertThat(ScenePicking.linkAt(scene, view, x, view.toScreenY(-6), 4)).isNull();
        assertThat(ScenePicking.linkAt(scene, view, view.toScreenX(150), view.toScreenY(0), 4))
                .as("past the end of the segment").isNull();
    }

    @Test
    void aPlainLinkWinsOverADimmedOneNearby() {
        GraphScene scene = new GraphScene(
                List.of(node("a", -100, 0), node("b", 100, 0), node("c", -100, 4), node("d", 100, 4)),
                List.of(link("dim", "a", "b", true), link("lit", "c", "d", false)));

        assertThat(ScenePicking.linkAt(scene, view, view.toScreenX(0), view.toScreenY(1), 4)).isEqualTo("lit");
    }

    private static SceneNode node(String id, double x, double y) {
        return new SceneNode(id, NodeKind.ACTOR, id, x, y, 5, false, false, false, false);
    }

    private static SceneLink link(String id, String from, String to, boolean dimmed) {
        return new SceneLink(id, from, to, LinkType.SPOKE_WITH, null, null, false, dimmed);
    }
}
