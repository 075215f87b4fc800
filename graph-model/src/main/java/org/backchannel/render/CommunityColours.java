package org.backchannel.render;

/**
 * Fills for nodes coloured by community: Tableau 10 without its grey (nine hues that stay apart on white
 * and on the dark theme's canvas), given to the largest communities in order; every smaller community
 * shares a light grey, so that a scene with forty small groups does not become confetti.
 */
public final class CommunityColours {

    private static final int[] FILLS = {0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F, 0xEDC948, 0xB07AA1, 0xFF9DA7, 0x9C755F};
    private static final int REST = 0xC9C9C9;

    private CommunityColours() {
    }

    /** How many communities get a colour of their own. */
    public static int distinct() {
        return FILLS.length;
    }

    /** The fill of community {@code number} (0 is the largest). */
    public static int fill(int number) {
        return number >= 0 && number < FILLS.length ? FILLS[number] : REST;
    }

    /** A darker edge, as kinds have, so that light fills keep an outline on white. */
    public static int stroke(int number) {
        int rgb = fill(number);
        int r = (int) Math.round(((rgb >> 16) & 0xFF) * 0.6);
        int g = (int) Math.round(((rgb >> 8) & 0xFF) * 0.6);
        int b = (int) Math.round((rgb & 0xFF) * 0.6);
        return (r << 16) | (g << 8) | b;
    }
}
