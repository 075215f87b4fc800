package org.backchannel.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Many ids kept as one array of their UTF-8 bytes with where each starts: what a graph holds for the ids of
 * hundreds of thousands of links. A {@code String} per id took about 48 bytes for an id of 8 characters
 * (the object, its array and their headers: 24 MB for issue #15's 500,000 links); here it takes its bytes and
 * 4 more. Reading an id makes a new string, so readers that ask often should keep numbers, not ids.
 *
 * <p>Immutable. Ids made only of ASCII characters (every id Backchannel writes, and most others) are compared
 * and hashed over the bytes without making a string.
 */
public final class IdColumn {

    private static final IdColumn NONE = new IdColumn(new byte[0], new int[1], true);

    private static final int FREE = -1;

    private final byte[] bytes;
    /** Id {@code i} is {@code bytes[starts[i] .. starts[i+1]-1]}. */
    private final int[] starts;
    private final boolean ascii;
    /**
     * Where to find each id: an open-addressing table of positions, at most half full, made on the first
     * {@link #indexOf} (a reader that only reads ids by number never pays for it). Volatile, so that another thread
     * sees a finished table or none.
     */
    private volatile int[] slots;
    /** Whether an id comes twice: known once {@link #slots} is made, and written before it. */
    private boolean repeats;

    private IdColumn(byte[] bytes, int[] starts, boolean ascii) {
        this.bytes = bytes;
        this.starts = starts;
        this.ascii = ascii;
    }

    /** The ids of {@code ids}, in their order; none may be null. */
    public static IdColumn of(List<String> ids) {
        if (ids.isEmpty()) {
            return NONE;
        }
        boolean ascii = true;
        int length = 0;
        for (String id : ids) {
            boolean plain = isAscii(id);
            ascii &= plain;
            length += plain ? id.length() : id.getBytes(StandardCharsets.UTF_8).length;
        }
        byte[] bytes = new byte[length];
        int[] starts = new int[ids.size() + 1];
        int at = 0;
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            starts[i] = at;
            if (isAscii(id)) {
                for (int k = 0; k < id.length(); k++) {
                    bytes[at++] = (byte) id.charAt(k);
                }
            } else {
                byte[] encoded = id.getBytes(StandardCharsets.UTF_8);
                System.arraycopy(encoded, 0, bytes, at, encoded.length);
                at += encoded.length;
            }
        }
        starts[ids.size()] = at;
        return new IdColumn(bytes, starts, ascii);
    }

    public int size() {
        return starts.length - 1;
    }

    /** Id {@code i}, as a new string. */
    public String get(int i) {
        int start = starts[i];
        return new String(bytes, start, starts[i + 1] - start, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /** Whether id {@code i} is {@code id}, without making a string when the ids are ASCII. */
    public boolean is(int i, String id) {
        if (!ascii) {
            return get(i).equals(id);
        }
        int start = starts[i];
        int length = starts[i + 1] - start;
        if (id.length() != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (bytes[start + k] != id.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The position of {@code id}, or -1 when it is not one of the ids; the ids must be distinct. */
    public int indexOf(String id) {
        int[] table = table();
        int mask = table.length - 1;
        for (int slot = spread(id.hashCode()) & mask; ; slot = (slot + 1) & mask) {
            int i = table[slot];
            if (i == FREE || is(i, id)) {
                return i;
            }
        }
    }

    /**
     * Whether no id comes twice. Finding out makes the table {@link #indexOf} looks ids up in, so a caller that
     * must check (ids fed from a store) pays for one table, not a table of strings first and this one after.
     */
    public boolean distinct() {
        table();
        return !repeats;
    }

    private int[] table() {
        int[] table = slots;
        if (table == null) {
            table = newTable();
            slots = table;
        }
        return table;
    }

    /** The table over the ids; an id that comes again is left out of it (the first is found) and noted in {@link #repeats}. */
    private int[] newTable() {
        int capacity = Integer.highestOneBit(Math.max(2, size()) * 2 - 1) << 1;
        int[] table = new int[capacity];
        Arrays.fill(table, FREE);
        int mask = capacity - 1;
        for (int i = 0; i < size(); i++) {
            int slot = spread(hash(i)) & mask;
            while (table[slot] != FREE && !same(table[slot], i)) {
                slot = (slot + 1) & mask;
            }
            if (table[slot] == FREE) {
                table[slot] = i;
            } else {
                repeats = true;
            }
        }
        return table;
    }

    /** Whether ids {@code i} and {@code j} are the same: the same bytes, as UTF-8 encodes a text one way. */
    private boolean same(int i, int j) {
        return Arrays.equals(bytes, starts[i], starts[i + 1], bytes, starts[j], starts[j + 1]);
    }

    /** Mixes the high bits in, since the table uses only the low ones and ids often differ only at the end. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The {@link String#hashCode()} of id {@code i}, so that a table built over the column finds strings. */
    public int hash(int i) {
        if (!ascii) {
            return get(i).hashCode();
        }
        int h = 0;
        for (int k = starts[i]; k < starts[i + 1]; k++) {
            h = 31 * h + bytes[k];
        }
        return h;
    }

    private static boolean isAscii(String id) {
        for (int k = 0; k < id.length(); k++) {
            if (id.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
