package org.backchannel.analysis;

import java.util.Arrays;
import org.backchannel.model.IdColumn;

/**
 * Position of each id in an array of distinct ids, in an open-addressing table of ints. A
 * {@code HashMap<String, Integer>} over 500,000 link ids took about 30 MB of entries and boxed
 * integers and most of the time to build a {@link GraphIndex}; this table takes 4 MB and no objects.
 *
 * <p>The ids are either strings the caller keeps anyway (the nodes', shared with their records) or an
 * {@link IdColumn} (the links', which nothing else keeps: a string each would be most of their heap).
 */
final class IdIndex {

    private static final int EMPTY = -1;

    /** One of the two is null. */
    private final String[] strings;
    private final IdColumn column;
    private final int[] slots;
    private final int mask;

    /** Set where {@link #ofDistinct} found an id twice. */
    private boolean repeats;

    /** Takes {@code ids}, which must be distinct and must not change afterwards. */
    IdIndex(String[] ids) {
        this(ids, false);
    }

    /**
     * The numbering of {@code ids}, which must not change afterwards, or null where an id comes twice: a caller
     * that cannot be sure they are distinct learns it while the table is built, not by a lookup per id after.
     */
    static IdIndex ofDistinct(String[] ids) {
        IdIndex index = new IdIndex(ids, true);
        return index.repeats ? null : index;
    }

    private IdIndex(String[] ids, boolean checked) {
        strings = ids;
        column = null;
        // At most half full, so that probe runs stay short.
        int capacity = Integer.highestOneBit(Math.max(2, ids.length) * 2 - 1) << 1;
        slots = new int[capacity];
        mask = capacity - 1;
        Arrays.fill(slots, EMPTY);
        for (int i = 0; i < ids.length; i++) {
            int slot = spread(ids[i].hashCode()) & mask;
            while (slots[slot] != EMPTY) {
                if (checked && ids[slots[slot]].equals(ids[i])) {
                    repeats = true;
                    return;
                }
                slot = (slot + 1) & mask;
            }
            slots[slot] = i;
        }
    }

    /** Over {@code ids}, which must be distinct: the column's own table finds them. */
    IdIndex(IdColumn ids) {
        strings = null;
        column = ids;
        slots = null;
        mask = 0;
    }

    /** The position of {@code id}, or -1 when it is not one of the ids (or not a string at all). */
    int indexOf(Object id) {
        if (!(id instanceof String text)) {
            return -1;
        }
        if (column != null) {
            return column.indexOf(text);
        }
        for (int slot = spread(text.hashCode()) & mask; ; slot = (slot + 1) & mask) {
            int i = slots[slot];
            if (i == EMPTY || strings[i].equals(text)) {
                return i;
            }
        }
    }

    /** The id at {@code index}: the caller's string, or a new one made from the column. */
    String id(int index) {
        return strings != null ? strings[index] : column.get(index);
    }

    /** Mixes the high bits in, since the table uses only the low ones and ids often differ only at the end. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
