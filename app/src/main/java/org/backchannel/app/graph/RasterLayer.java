package org.backchannel.app.graph;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.backchannel.render.LineRaster;

/**
 * Coarse lines on the canvas. A JavaFX canvas always antialiases strokes, which for thousands of long
 * lines costs hundreds of milliseconds a frame in the software pipeline; these lines are set pixel by
 * pixel into a {@link LineRaster} instead and shown as one image.
 *
 * <p>Two images take turns: JavaFX may still be rendering the previous frame's image while the next
 * frame is recorded, so a frame never rewrites the image the one before it drew.
 */
final class RasterLayer {

    private final WritableImage[] images = new WritableImage[2];
    private LineRaster raster;
    private int turn;

    /** Draws the lines (as for {@link org.backchannel.render.Painter#coarseLines}) over what {@code g} holds. */
    void draw(GraphicsContext g, double[] xy, int[] argb, int count) {
        int width = (int) Math.ceil(g.getCanvas().getWidth());
        int height = (int) Math.ceil(g.getCanvas().getHeight());
        if (width < 1 || height < 1 || count == 0) {
            return;
        }
        if (raster == null || raster.width() != width || raster.height() != height) {
            raster = new LineRaster(width, height);
            images[0] = new WritableImage(width, height);
            images[1] = new WritableImage(width, height);
        }
        raster.clear();
        for (int i = 0; i < count; i++) {
            int o = 4 * i;
            raster.line(xy[o], xy[o + 1], xy[o + 2], xy[o + 3], argb[i] & 0xFFFFFF, (argb[i] >>> 24) / 255.0);
        }
        WritableImage image = images[turn];
        turn ^= 1;
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), raster.pixels(), 0,
                width);
        g.drawImage(image, 0, 0);
    }
}
