package org.backchannel.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text measured in the bundled {@link ExportFont}, antialiased with fractional metrics. The Java2D, PDF and
 * SVG painters measure through here, so a PNG, a PDF and an SVG of the same scene are laid out
 * identically, on any machine. Works headless: it needs fonts, not a display.
 */
final class AwtTextMetrics implements TextMetrics {

    static final AwtTextMetrics INSTANCE = new AwtTextMetrics();

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final Map<FontKey, Font> fonts = new ConcurrentHashMap<>();

    private AwtTextMetrics() {
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        if (text.isEmpty()) {
            return 0;
        }
        return font(size, bold).getStringBounds(text, CONTEXT).getWidth();
    }

    /** The font to draw with, cached since painting asks for the same few sizes over and over. */
    Font font(double size, boolean bold) {
        return fonts.computeIfAbsent(new FontKey(size, bold),
                key -> ExportFont.of(key.bold()).font().deriveFont((float) key.size()));
    }

    private record FontKey(double size, boolean bold) {
    }
}
