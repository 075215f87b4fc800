package org.backchannel.render;

import java.util.List;
import java.util.Objects;

/**
 * How to export a scene as an image.
 *
 * @param width page width in pixels (SVG user units); the height follows from the graph's shape
 * @param scale PNG pixels per page pixel, 1–4, for print resolution; the SVG ignores it
 * @param transparentBackground leave the background transparent, for placing the figure on a slide
 * @param includeLegend draw a legend of what the figure shows
 * @param caption lines under the figure: active filters, date, sources cited
 */
public record ExportOptions(int width, int scale, boolean transparentBackground, boolean includeLegend,
                            List<String> caption) {

    public static final int MIN_WIDTH = 200;
    public static final int MAX_WIDTH = 16_384;
    public static final int MAX_SCALE = 4;

    public ExportOptions {
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            throw new IllegalArgumentException(
                    "export width must be between " + MIN_WIDTH + " and " + MAX_WIDTH + " pixels, not " + width);
        }
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("export scale must be between 1 and " + MAX_SCALE + ", not " + scale);
        }
        if (caption == null || caption.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("caption lines must be given (an empty list for none), without nulls");
        }
        caption = List.copyOf(caption);
    }

    /** An opaque figure with a legend and no caption, at 1×. */
    public static ExportOptions of(int width) {
        return new ExportOptions(width, 1, false, true, List.of());
    }
}
