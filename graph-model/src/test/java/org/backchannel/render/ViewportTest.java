package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.backchannel.render.TestScenes.node;

import java.util.List;
import org.backchannel.model.NodeKind;
import org.junit.jupiter.api.Test;

class ViewportTest {

    @Test
    void worldToScreenAndBackIsTheIdentity() {
        Viewport viewport = new Viewport(1024, 768, -350.5, 1200.25, 0.37);
        for (double world : new double[] {-10_000, -1, 0, 0.5, 4321.125}) {
            assertThat(viewport.toWorldX(viewport.toScreenX(world))).isCloseTo(world, within(1e-9));
            assertThat(viewport.toWorldY(viewport.toScreenY(world))).isCloseTo(world, within(1e-9));
        }
    }

    @Test
    void theCentreOfTheWorldViewIsTheCentreOfTheScreen() {
        Viewport viewport = new Viewport(800, 600, 50, -20, 2);

        assertThat(viewport.toScreenX(50)).isEqualTo(400);
        assertThat(viewport.toScreenY(-20)).isEqualTo(300);
        assertThat(viewport.toScreenX(60)).as("ten world units at scale 2").isEqualTo(420);
    }

    @Test
    void aSegmentIsShownWhenItsBoxMeetsTheScreenGrownByTheMargin() {
        Viewport viewport = new Viewport(800, 600, 0, 0, 1);   // the screen shows world x -400..400, y -300..300

        assertThat(viewport.showsSegment(-500, -500, 500, 500, 0)).as("crosses the screen, both ends off it").isTrue();
        assertThat(viewport.showsSegment(410, 0, 420, 10, 0)).as("right of the screen").isFalse();
        assertThat(viewport.showsSegment(410, 0, 420, 10, 10)).as("within a 10-pixel margin").isTrue();
        assertThat(viewport.showsSegment(-10, -320, 10, -311, 10)).as("above, beyond the margin").isFalse();
    }

    @Test
    void fitShowsEveryNodeWithItsRadiusInsideTheMargin() {
        GraphScene scene = TestScenes.cienfuegos();
        double margin = 25;

        Viewport viewport = Viewport.fit(scene, 640, 480, margin);

        for (SceneNode node : scene.nodes()) {
            double r = node.radius() * viewport.scale();
            assertThat(viewport.toScreenX(node.x()) - r).isGreaterThanOrEqualTo(margin - 1e-9);
            assertThat(viewport.toScreenX(node.x()) + r).isLessThanOrEqualTo(640 - margin + 1e-9);
            assertThat(viewport.toScreenY(node.y()) - r).isGreaterThanOrEqualTo(margin - 1e-9);
            assertThat(viewport.toScreenY(node.y()) + r).isLessThanOrEqualTo(480 - margin + 1e-9);
        }
    }

    @Test
    void fitUsesTheWholeOfTheTighterDimension() {
        GraphScene wide = new GraphScene(List.of(node("a", NodeKind.ACTOR, "A", 0, 0), node("b", NodeKind.ACTOR, "B", 976, 0)),
                List.of());

        Viewport viewport = Viewport.fit(wide, 1020, 1020, 10);

        assertThat(viewport.scale()).isCloseTo(1, within(1e-9));
    }

    @Test
    void fitNeverZoomsInBeyondTheCapAndHandlesTinyScenes() {
        GraphScene one = new GraphScene(List.of(node("a", NodeKind.ACTOR, "A", 7, 9)), List.of());

        Viewport capped = Viewport.fit(one, 800, 600, 10, 3);
        Viewport empty = Viewport.fit(new GraphScene(List.of(), List.of()), 800, 600, 10);

        assertThat(capped.scale()).isEqualTo(3);
        assertThat(capped.toScreenX(7)).isEqualTo(400);
        assertThat(empty.scale()).isEqualTo(1);
    }

    @Test
    void aViewportWithoutAPositiveFiniteScaleIsRefused() {
        assertThatThrownBy(() -> new Viewport(800, 600, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scale");
        assertThatThrownBy(() -> new Viewport(800, 600, Double.NaN, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
