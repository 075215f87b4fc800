package org.backchannel.app.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.backchannel.exploration.Viewpoint;
import org.backchannel.render.Viewport;
import org.junit.jupiter.api.Test;

class CameraTest {

    private static final double WIDTH = 800;
    private static final double HEIGHT = 600;

    private final Camera camera = new Camera();

    @Test
    void zoomingKeepsTheWorldPointUnderThePointerWhereItIs() {
        camera.centreOn(120, -40);
        Viewport before = camera.viewport(WIDTH, HEIGHT);
        double worldX = before.toWorldX(650);
        double worldY = before.toWorldY(90);

        camera.zoomAt(1.5, 650, 90, WIDTH, HEIGHT);

        Viewport after = camera.viewport(WIDTH, HEIGHT);
        assertThat(camera.scale()).isEqualTo(1.5);
        assertThat(after.toScreenX(worldX)).isCloseTo(650, within(1e-9));
        assertThat(after.toScreenY(worldY)).isCloseTo(90, within(1e-9));
    }

    @Test
    void zoomingPastTheLimitStopsAtTheLimitAndStillKeepsThePointInPlace() {
        double worldX = camera.viewport(WIDTH, HEIGHT).toWorldX(100);

        camera.zoomAt(1000, 100, 300, WIDTH, HEIGHT);

        assertThat(camera.scale()).isEqualTo(Camera.MAX_SCALE);
        assertThat(camera.viewport(WIDTH, HEIGHT).toScreenX(worldX)).isCloseTo(100, within(1e-9));

        camera.zoomAt(1e-9, 100, 300, WIDTH, HEIGHT);

        assertThat(camera.scale()).isEqualTo(Camera.MIN_SCALE);
        assertThat(camera.viewport(WIDTH, HEIGHT).toScreenX(worldX)).isCloseTo(100, within(1e-9));
    }

    @Test
    void panningMovesTheWorldWithThePointer() {
        camera.zoomAt(2, WIDTH / 2, HEIGHT / 2, WIDTH, HEIGHT);
        Viewport before = camera.viewport(WIDTH, HEIGHT);
        double worldX = before.toWorldX(200);
        double worldY = before.toWorldY(150);

        camera.panBy(35, -20);

        Viewport after = camera.viewport(WIDTH, HEIGHT);
        assertThat(after.toScreenX(worldX)).isCloseTo(235, within(1e-9));
        assertThat(after.toScreenY(worldY)).isCloseTo(130, within(1e-9));
    }

    @Test
    void aSavedViewKeepsItsZoomToldAgainstAFitNotAgainstItself() {
        camera.lookAt(new Viewpoint(10, 20, 0.42));
        assertThat(camera.knowsFit()).isFalse();

        camera.fitWouldBe(0.5);

        assertThat(camera.scale()).isEqualTo(0.42);
        assertThat(camera.zoom()).isCloseTo(0.84, within(1e-9));
        camera.fitted(new Viewpoint(0, 0, 0.5));
        assertThat(camera.zoom()).isEqualTo(1);
    }

    @Test
    void aViewportIsNeverSmallerThanOnePixel() {
        Viewport view = camera.viewport(0, -5);

        assertThat(view.width()).isEqualTo(1);
        assertThat(view.height()).isEqualTo(1);
    }
}
