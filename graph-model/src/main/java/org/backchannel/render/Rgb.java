package org.backchannel.render;

/** Arithmetic on {@code 0xRRGGBB} colours, for the shades the palettes derive from their colours. */
final class Rgb {

    private Rgb() {
    }

    /** {@code share} of {@code other} mixed into {@code rgb}. */
    static int mix(int rgb, int other, double share) {
        int r = (int) Math.round(((rgb >> 16) & 0xFF) * (1 - share) + ((other >> 16) & 0xFF) * share);
        int g = (int) Math.round(((rgb >> 8) & 0xFF) * (1 - share) + ((other >> 8) & 0xFF) * share);
        int b = (int) Math.round((rgb & 0xFF) * (1 - share) + (other & 0xFF) * share);
        return (r << 16) | (g << 8) | b;
    }

    /** Each channel scaled by {@code factor}: below 1, a darker shade. */
    static int darker(int rgb, double factor) {
        int r = (int) Math.round(((rgb >> 16) & 0xFF) * factor);
        int g = (int) Math.round(((rgb >> 8) & 0xFF) * factor);
        int b = (int) Math.round((rgb & 0xFF) * factor);
        return (r << 16) | (g << 8) | b;
    }
}
