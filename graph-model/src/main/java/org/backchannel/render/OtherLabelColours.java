package org.backchannel.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which colour each label of someone else's database that stays "other" takes: by its place among the
 * labels the perspective in use leaves "other" ({@link #order}), so that the window and a headless export
 * of the same store agree; a group it does not name (several labels on one node) takes the next colour as
 * first drawn. Shared by every {@link Palette}, as the perspective in use is.
 */
final class OtherLabelColours {

    /**
     * Okabe–Ito's two colours the kinds do not use, then others far from the kinds' and from the grey of
     * an unknown node.
     */
    private static final int[] FILLS = {0x56B4E9, 0xF0E442, 0x8C564B, 0xBCBD22, 0x9467BD, 0x17BECF, 0x7B1E3A, 0x2F4B7C};

    private static final Map<String, Integer> PLACES = new HashMap<>();

    private OtherLabelColours() {
    }

    /** Gives the labels their colours in this order: distinct for the first eight. */
    static void order(List<String> labels) {
        synchronized (PLACES) {
            PLACES.clear();
            labels.forEach(label -> PLACES.putIfAbsent(label, PLACES.size()));
        }
    }

    /** The colour of nodes of this group of labels, as the store names them. */
    static int fill(String group) {
        synchronized (PLACES) {
            int index = PLACES.computeIfAbsent(group, g -> PLACES.size());
            return FILLS[index % FILLS.length];
        }
    }
}
