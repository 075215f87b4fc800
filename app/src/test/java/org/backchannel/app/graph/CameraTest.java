package org.backchannel.app.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
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
    void fittingShowsEveryPointInsideTheMargin() {
        List<double[]> points = List.of(new double[] {-300, 20}, new double[] {500, 80}, new double[] {40, -700});

        camera.fit(points, WIDTH, HEIGHT, 30);

        Viewport view = camera.viewport(WIDTH, HEIGHT);
        assertThat(points).allSatisfy(p -> {
            assertThat(view.toScreenX(p[0])).isBetween(30 - 1e-9, WIDTH - 30 + 1e-9);
            assertThat(view.toScreenY(p[1])).isBetween(30 - 1e-9, HEIGHT - 30 + 1e-9);
        });
        assertThat(view.toScreenY(-700)).isCloseTo(30, within(1e-9));
    }

    @Test
    void fittingPointsCloseTogetherDoesNotZoomInBeyondTwice() {
        camera.fit(List.of(new double[] {0, 0}, new double[] {10, 10}), WIDTH, HEIGHT, 30);

        assertThat(camera.scale()).isEqualTo(2);
        assertThat(camera.viewport(WIDTH, HEIGHT).toScreenX(5)).isCloseTo(WIDTH / 2, within(1e-9));
    }

    @Test
    void aSinglePointIsCentredAtScaleOne() {
        camera.zoomAt(4, 0, 0, WIDTH, HEIGHT);

        camera.fit(List.of(new double[] {250, -75}), WIDTH, HEIGHT, 30);

        assertThat(camera.scale()).isEqualTo(1);
        Viewport view = camera.viewport(WIDTH, HEIGHT);
        assertThat(view.centerX()).isEqualTo(250);
        assertThat(view.centerY()).isEqualTo(-75);
    }

    @Test
    void fittingNoPointsLeavesTheViewAsItWas() {
        camera.centreOn(10, 20);
        camera.zoomAt(3, WIDTH / 2, HEIGHT / 2, WIDTH, HEIGHT);
        Viewport before = camera.viewport(WIDTH, HEIGHT);

        camera.fit(List.of(), WIDTH, HEIGHT, 30);

        assertThat(camera.viewport(WIDTH, HEIGHT)).isEqualTo(before);
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
    void aViewportIsNeverSmallerThanOnePixel() {
        Viewport view = camera.viewport(0, -5);

        assertThat(view.width()).isEqualTo(1);
        assertThat(view.height()).isEqualTo(1);
    }
}
