package org.backchannel.app.graph;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.backchannel.render.LineRaster;

/**
 * The crowd layer's pixels ({@link org.backchannel.render.CrowdLayer}) as a JavaFX image, copied from the
 * raster only when its version changes: while the view pans within the layer's margin a frame draws the same
 * image at another place, which costs one blit.
 *
 * <p>Two images take turns, as in {@link RasterLayer}: JavaFX may still be rendering the frame that showed
 * one while the next frame writes new pixels, so those go into the other.
 */
final class LayerImage {

    private final WritableImage[] images = new WritableImage[2];
    private int turn;
    private long shownVersion = -1;

    void draw(GraphicsContext g, LineRaster pixels, double x, double y, long version) {
        if (version != shownVersion) {
            turn ^= 1;
            WritableImage image = images[turn];
            if (image == null || image.getWidth() != pixels.width() || image.getHeight() != pixels.height()) {
                image = new WritableImage(pixels.width(), pixels.height());
                images[turn] = image;
            }
            image.getPixelWriter().setPixels(0, 0, pixels.width(), pixels.height(), PixelFormat.getIntArgbPreInstance(),
                    pixels.pixels(), 0, pixels.width());
            shownVersion = version;
        }
        g.drawImage(images[turn], x, y);
    }
}
