package org.backchannel.app.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.backchannel.render.LineRaster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The crowd layer's images share the rasters' pixels (no copy of their own): what is drawn into a raster shows
 * once its version changes, whichever of the two rasters it is, and not before.
 */
class LayerImageIT {

    private static final int RED = 0xFFFF0000;
    private static final int BLUE = 0xFF0000FF;
    private static final int GREEN = 0xFF00FF00;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void eachRasterShowsWhatWasLastDrawnIntoItWhenItsVersionChanges() throws Exception {
        LineRaster first = filled(RED);
        LineRaster second = filled(BLUE);
        int[] seen = WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(4, 4);
            LayerImage layer = new LayerImage();
            int[] colours = new int[5];
            colours[0] = shown(canvas, layer, first, 1);
            colours[1] = shown(canvas, layer, second, 2);
            // The first raster drawn again, as the layer takes turns: the image over it must show the new pixels.
            Arrays.fill(first.pixels(), GREEN);
            colours[2] = shown(canvas, layer, first, 3);
            // Pixels changed under the same version are not shown: a pan within the margin draws the image as it was.
            Arrays.fill(first.pixels(), BLUE);
            colours[3] = shown(canvas, layer, first, 3);
            colours[4] = shown(canvas, layer, first, 4);
            return colours;
        }).get(30, TimeUnit.SECONDS);

        assertThat(seen).containsExactly(RED, BLUE, GREEN, GREEN, BLUE);
    }

    private static LineRaster filled(int argb) {
        LineRaster raster = new LineRaster(4, 4);
        Arrays.fill(raster.pixels(), argb);
        return raster;
    }

    /** The colour at the middle of the canvas once the layer drew {@code raster} at {@code version} on it. */
    private static int shown(Canvas canvas, LayerImage layer, LineRaster raster, long version) {
        canvas.getGraphicsContext2D().clearRect(0, 0, 4, 4);
        layer.draw(canvas.getGraphicsContext2D(), raster, 0, 0, version);
        WritableImage snapshot = canvas.snapshot(null, null);
        return snapshot.getPixelReader().getArgb(2, 2);
    }
}
