package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class Java2DPainterTest {

    @Test
    void coarseLinesAreOneDevicePixelWideWithoutAntialiasingEvenWhenScaled() {
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.scale(2, 2);
        Java2DPainter painter = new Java2DPainter(g);

        painter.coarseLines(new double[] {2, 5.2, 18, 5.2, 5.2, 12, 5.2, 18}, new int[] {0xFF336699, 0x80FF0000}, 2);
        painter.line(12, 17.25, 18, 17.25, 0x336699, 1, 1, null);
        g.dispose();

        // Scaled by two: the first line lies on device row 10, one pixel thick, in exactly its colour.
        for (int x = 4; x <= 36; x++) {
            assertThat(image.getRGB(x, 10)).as("x=%d", x).isEqualTo(0xFF336699);
            assertThat(image.getRGB(x, 9) >>> 24).isZero();
            assertThat(image.getRGB(x, 11) >>> 24).isZero();
        }
        assertThat(image.getRGB(10, 30) >>> 24).as("the half-transparent line keeps its alpha").isBetween(0x7F, 0x81);
        // A fine line after them is antialiased again: its edges are partly covered.
        int edge = image.getRGB(30, 33) >>> 24;
        assertThat(edge).isBetween(1, 254);
    }
}
