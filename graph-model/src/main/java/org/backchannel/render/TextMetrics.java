package org.backchannel.render;

/**
 * Measures text, so that legends, captions and label culling can be laid out before (or without)
 * painting, for example to size an export image.
 */
@FunctionalInterface
public interface TextMetrics {

    /** The advance width, in pixels, of {@code text} set in the sans-serif font at {@code size} pixels. */
    double textWidth(String text, double size, boolean bold);
}
