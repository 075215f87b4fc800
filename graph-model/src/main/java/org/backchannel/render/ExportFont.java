package org.backchannel.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The typeface every export is measured and set in: DejaVu Sans, regular and bold, shipped with the app
 * (docs/decisions/0011-one-bundled-typeface-for-exports.md). Java's logical "SansSerif" stands for a
 * different font on every machine, so the same scene laid out elsewhere broke its lines elsewhere; and a
 * PDF can embed only a font whose file it has.
 */
public enum ExportFont {
    REGULAR("DejaVuSans.ttf"),
    BOLD("DejaVuSans-Bold.ttf");

    /** What an SVG reader should use, the bundled face first and a face of similar widths after it. */
    public static final String SVG_FAMILY = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif";

    private final String file;
    private volatile Font font;

    ExportFont(String file) {
        this.file = file;
    }

    public static ExportFont of(boolean bold) {
        return bold ? BOLD : REGULAR;
    }

    /** The face at 1 pixel; derive sizes from it. Loaded once. */
    public Font font() {
        Font loaded = font;
        if (loaded == null) {
            try (InputStream in = open()) {
                loaded = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException("the bundled font " + file + " cannot be read", e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("the bundled font " + file + " is not a TrueType font", e);
            }
            font = loaded;
        }
        return loaded;
    }

    /** The font file's bytes, for embedding; the caller closes the stream. */
    public InputStream open() throws IOException {
        InputStream in = ExportFont.class.getResourceAsStream("fonts/" + file);
        if (in == null) {
            throw new IOException("the bundled font " + file + " is missing from the classpath");
        }
        return in;
    }
}
