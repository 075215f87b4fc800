package org.backchannel.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class WindowIconTest {

    @Test
    void theIconIsASquareImageWithTransparentCorners() throws IOException {
        try (InputStream png = WindowIcon.class.getResourceAsStream(WindowIcon.RESOURCE)) {
            assertThat(png).as(WindowIcon.RESOURCE).isNotNull();
            BufferedImage icon = ImageIO.read(png);

            assertThat(icon.getWidth()).isEqualTo(64).isEqualTo(icon.getHeight());
            // The rounded tile's corner shows what is behind it: a window list's own colour, not a white square.
            assertThat(icon.getRGB(0, 0) >>> 24).as("alpha of the corner").isZero();
            assertThat(icon.getRGB(32, 32) >>> 24).as("alpha of the middle").isEqualTo(255);
        }
    }
}
