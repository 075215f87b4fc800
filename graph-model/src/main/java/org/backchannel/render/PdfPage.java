package org.backchannel.render;

import java.util.Locale;

/**
 * The paper a PDF figure is set on: A4 or US Letter, portrait or landscape, with margins. Sizes are in
 * PostScript points (1/72 inch), as PDF measures them.
 *
 * @param width  the page's width in points, as it is held (a landscape page is wider than tall)
 * @param height the page's height in points
 * @param margin the blank border on every side, in points
 */
public record PdfPage(String name, double width, double height, double margin) {

    /** 15 mm, the usual minimum of office printers and journals alike. */
    public static final double MARGIN = 15 / 25.4 * 72;
    private static final double A4_WIDTH = 595.28;
    private static final double A4_HEIGHT = 841.89;
    private static final double LETTER_WIDTH = 612;
    private static final double LETTER_HEIGHT = 792;

    public static final PdfPage A4_LANDSCAPE = new PdfPage("a4-landscape", A4_HEIGHT, A4_WIDTH, MARGIN);

    public PdfPage {
        if (!(width > 2 * margin) || !(height > 2 * margin) || margin < 0) {
            throw new IllegalArgumentException("a page of " + width + " × " + height + " points has no room inside margins of " + margin);
        }
    }

    /**
     * A page by name: {@code a4} or {@code letter}, then {@code -portrait} (the default) or
     * {@code -landscape}, e.g. {@code a4-landscape}.
     */
    public static PdfPage parse(String text) {
        String name = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        String paper = name;
        boolean landscape = false;
        if (name.endsWith("-landscape")) {
            paper = name.substring(0, name.length() - "-landscape".length());
            landscape = true;
        } else if (name.endsWith("-portrait")) {
            paper = name.substring(0, name.length() - "-portrait".length());
        }
        double shortSide;
        double longSide;
        switch (paper) {
            case "a4" -> {
                shortSide = A4_WIDTH;
                longSide = A4_HEIGHT;
            }
            case "letter" -> {
                shortSide = LETTER_WIDTH;
                longSide = LETTER_HEIGHT;
            }
            default -> throw new IllegalArgumentException("unknown page \"" + text
                    + "\": use a4, letter, a4-landscape, letter-landscape, a4-portrait or letter-portrait");
        }
        String canonical = paper + (landscape ? "-landscape" : "-portrait");
        return landscape ? new PdfPage(canonical, longSide, shortSide, MARGIN) : new PdfPage(canonical, shortSide, longSide, MARGIN);
    }

    /** The width inside the margins. */
    public double innerWidth() {
        return width - 2 * margin;
    }

    /** The height inside the margins. */
    public double innerHeight() {
        return height - 2 * margin;
    }
}
