package org.backchannel.app.graph;

import java.nio.IntBuffer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.backchannel.render.LineRaster;

/**
 * The crowd layer's pixels ({@link org.backchannel.render.CrowdLayer}) as a JavaFX image that shares them
 * ({@link PixelBuffer}): no copy is kept besides the one JavaFX's software pipeline makes to draw it. While the
 * view pans within the layer's margin a frame draws the same image at another place, which costs one blit; the
 * image is marked changed only when the layer's version changes.
 *
 * <p>An image is made once per raster: the layer takes turns between two (so that JavaFX never renders a
 * raster while the next frame draws into it). Copying into images of our own, as before, kept four copies of the
 * layer's pixels besides the rasters: each image, and the texture JavaFX makes of each (measured with
 * {@code jmap -histo:live}, docs/benchmarks.md, "Client heap").
 */
final class LayerImage {

    private final LineRaster[] rasters = new LineRaster[2];
    private final WritableImage[] images = new WritableImage[2];
    @SuppressWarnings("unchecked")
    private final PixelBuffer<IntBuffer>[] buffers = new PixelBuffer[2];
    private long shownVersion = -1;
    private int shown;

    void draw(GraphicsContext g, LineRaster pixels, double x, double y, long version) {
        if (version != shownVersion) {
            shown = slotOf(pixels);
            buffers[shown].updateBuffer(buffer -> null);
            shownVersion = version;
        }
        g.drawImage(images[shown], x, y);
    }

    /** The slot of the image over {@code pixels}, made in place of the one shown longest ago when there is none. */
    private int slotOf(LineRaster pixels) {
        for (int k = 0; k < 2; k++) {
            if (rasters[k] == pixels) {
                return k;
            }
        }
        int k = shown ^ 1;
        rasters[k] = pixels;
        buffers[k] = new PixelBuffer<>(pixels.width(), pixels.height(), IntBuffer.wrap(pixels.pixels()),
                PixelFormat.getIntArgbPreInstance());
        images[k] = new WritableImage(buffers[k]);
        return k;
    }
}
