package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LineRasterTest {

    private final LineRaster raster = new LineRaster(10, 5);

    private int at(int x, int y) {
        return raster.pixels()[y * raster.width() + x];
    }

    @Test
    void anOpaqueLineSetsEveryPixelBetweenItsEndsAndNoOther() {
        raster.line(1.5, 2.5, 7.5, 2.5, 0x336699, 1);

        for (int x = 0; x < 10; x++) {
            assertThat(at(x, 2)).as("x=%d", x).isEqualTo(x >= 1 && x <= 7 ? 0xFF336699 : 0);
        }
        assertThat(at(4, 1)).isZero();
        assertThat(at(4, 3)).isZero();
    }

    @Test
    void aDiagonalLineHasOnePixelPerColumn() {
        raster.line(0.5, 0.5, 4.5, 4.5, 0xFFFFFF, 1);

        for (int i = 0; i < 5; i++) {
            assertThat(at(i, i)).isEqualTo(0xFFFFFFFF);
        }
        assertThat(at(1, 0)).isZero();
    }

    @Test
    void aTranslucentLineBlendsOverWhatIsThereInPremultipliedColour() {
        raster.line(0.5, 0.5, 0.5, 0.5, 0xFF0000, 1);
        raster.line(0.5, 0.5, 0.5, 0.5, 0x0000FF, 0.5);

        int blended = at(0, 0);
        assertThat(blended >>> 24).isEqualTo(255);
        assertThat((blended >> 16) & 0xFF).isBetween(126, 129);
        assertThat(blended & 0xFF).isBetween(126, 129);
    }

    @Test
    void linesReachingFarOutsideAreClippedAndUnplaceableOnesIgnored() {
        raster.line(-1e9, 2.5, 1e9, 2.5, 0x00FF00, 1);
        raster.line(Double.NaN, 0, 3, 3, 0x00FF00, 1);
        raster.line(-50, -50, -10, -40, 0x00FF00, 1);

        for (int x = 0; x < 10; x++) {
            assertThat(at(x, 2)).isEqualTo(0xFF00FF00);
        }
        int painted = 0;
        for (int pixel : raster.pixels()) {
            painted += pixel != 0 ? 1 : 0;
        }
        assertThat(painted).isEqualTo(10);
        raster.clear();
        assertThat(at(5, 2)).isZero();
        assertThatThrownBy(() -> new LineRaster(0, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSquareCoversThePixelsWhoseCentresItHoldsAndAtLeastOne() {
        raster.fillRect(2, 1, 3, 0x336699, 1);
        raster.fillRect(8.2, 3.2, 0.4, 0x336699, 1);

        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 10; x++) {
                boolean inSquare = x >= 2 && x < 5 && y >= 1 && y < 4;
                boolean tiny = x == 8 && y == 3;
                assertThat(at(x, y)).as("x=%d y=%d", x, y).isEqualTo(inSquare || tiny ? 0xFF336699 : 0);
            }
        }
    }

    @Test
    void aTranslucentSquareBlendsAndIsClippedToTheRaster() {
        raster.fillRect(-3, -3, 5, 0x0000FF, 1);
        raster.fillRect(1, 1, 20, 0xFF0000, 0.5);

        assertThat(at(0, 0)).isEqualTo(0xFF0000FF);
        assertThat(at(1, 1)).as("half red over blue").isEqualTo(0xFF80007F);
        assertThat(at(9, 4)).as("half red over nothing").isEqualTo(0x80800000);
    }
}
