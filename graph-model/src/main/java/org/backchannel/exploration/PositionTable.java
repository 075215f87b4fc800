package org.backchannel.exploration;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The drawing's positions as chunks of arrays, each node at a slot it keeps, copied on write after a
 * {@link #freeze()}: freezing costs the number of chunks (25 for 100,000 nodes), not of nodes, and the first
 * change to a chunk after it copies that chunk alone. So the autosave's pause on the UI thread stays
 * under a frame at 100,000 nodes however many of them a layout step moved; the map of positions is made
 * from the frozen chunks on the writer's thread ({@link Frozen#toMap()}).
 *
 * <p>It is also where the drawing reads positions ({@link DrawingModel}): a map of {@link Point}s by id beside it
 * and a {@code HashMap} of slots took about 11 MB of the 100,000 nodes of issue #15's L graph on screen (an entry,
 * a point and an {@code Integer} per node), where the slots' table here takes 4 bytes a node at most half full.
 *
 * <p>A slot is never given back (a removed position is NaN), so a frozen table's slots keep their ids. Use it
 * from one thread; a {@link Frozen} table from any.
 */
final class PositionTable {

    static final int CHUNK = 4096;
    private static final int FREE = -1;

    /** Where each id's slot is: an open-addressing table of slots, hashed by the id, at most half full. */
    private int[] slots = free(16);
    /** How many slots hold a position (not NaN). */
    private int placed;
    private String[][] ids = new String[0][];
    private double[][] xs = new double[0][];
    private double[][] ys = new double[0][];
    /** Per chunk: a frozen table holds it, so it is copied before it changes. */
    private boolean[] shared = new boolean[0];
    private int size;
    private Frozen frozen = new Frozen(ids, xs, ys, 0);
    private boolean changed;

    /** Where {@code id} is drawn, or null. */
    Point get(String id) {
        int slot = slotOf(id);
        if (slot == FREE) {
            return null;
        }
        double x = x(slot);
        return Double.isNaN(x) ? null : new Point(x, y(slot));
    }

    /**
     * Places {@code id} at {@code at}, or takes its position away for null.
     *
     * @return where it was, or null
     */
    Point put(String id, Point at) {
        int slot = slotOf(id);
        boolean fresh = slot == FREE;
        if (fresh) {
            if (at == null) {
                return null;
            }
            slot = add(id);
        }
        int chunk = slot / CHUNK;
        int i = slot % CHUNK;
        Point was = fresh || Double.isNaN(xs[chunk][i]) ? null : new Point(xs[chunk][i], ys[chunk][i]);
        placed += (at == null ? 0 : 1) - (was == null ? 0 : 1);
        if (shared[chunk]) {
            ids[chunk] = ids[chunk].clone();
            xs[chunk] = xs[chunk].clone();
            ys[chunk] = ys[chunk].clone();
            shared[chunk] = false;
        }
        ids[chunk][i] = id;
        xs[chunk][i] = at == null ? Double.NaN : at.x();
        ys[chunk][i] = at == null ? Double.NaN : at.y();
        changed = true;
        return was;
    }

    /** How many ids have a position. */
    int placed() {
        return placed;
    }

    /** How many slots there are: ids placed now or before, in the order they were first placed. */
    int slots() {
        return size;
    }

    String id(int slot) {
        return ids[slot / CHUNK][slot % CHUNK];
    }

    /** Slot {@code slot}'s x, NaN when its id has no position now. */
    double x(int slot) {
        return xs[slot / CHUNK][slot % CHUNK];
    }

    double y(int slot) {
        return ys[slot / CHUNK][slot % CHUNK];
    }

    private int slotOf(String id) {
        int mask = slots.length - 1;
        for (int at = spread(id.hashCode()) & mask; ; at = (at + 1) & mask) {
            int slot = slots[at];
            if (slot == FREE || id(slot).equals(id)) {
                return slot;
            }
        }
    }

    private int add(String id) {
        int slot = size++;
        if (slot / CHUNK == ids.length) {
            grow();
        }
        ids[slot / CHUNK][slot % CHUNK] = id;
        if (2 * size > slots.length) {
            slots = free(2 * slots.length);
            for (int s = 0; s < slot; s++) {
                index(s);
            }
        }
        index(slot);
        return slot;
    }

    private void index(int slot) {
        int mask = slots.length - 1;
        int at = spread(id(slot).hashCode()) & mask;
        while (slots[at] != FREE) {
            at = (at + 1) & mask;
        }
        slots[at] = slot;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private static int[] free(int capacity) {
        int[] table = new int[capacity];
        Arrays.fill(table, FREE);
        return table;
    }

    private void grow() {
        int chunks = ids.length + 1;
        ids = Arrays.copyOf(ids, chunks);
        xs = Arrays.copyOf(xs, chunks);
        ys = Arrays.copyOf(ys, chunks);
        shared = Arrays.copyOf(shared, chunks);
        ids[chunks - 1] = new String[CHUNK];
        xs[chunks - 1] = new double[CHUNK];
        ys[chunks - 1] = new double[CHUNK];
    }

    /** The positions as they are now, immutable; the same object while nothing changed. */
    Frozen freeze() {
        if (changed) {
            frozen = new Frozen(ids.clone(), xs.clone(), ys.clone(), size);
            Arrays.fill(shared, true);
            changed = false;
        }
        return frozen;
    }

    /** Positions at one moment, for another thread: the chunks no one writes to any more. */
    static final class Frozen {

        private final String[][] ids;
        private final double[][] xs;
        private final double[][] ys;
        private final int size;
        private Map<String, Point> map;

        private Frozen(String[][] ids, double[][] xs, double[][] ys, int size) {
            this.ids = ids;
            this.xs = xs;
            this.ys = ys;
            this.size = size;
        }

        /** The positions by id, made on the first call (on the writer's thread); unmodifiable. */
        synchronized Map<String, Point> toMap() {
            if (map == null) {
                Map<String, Point> built = new HashMap<>(2 * size);
                for (int slot = 0; slot < size; slot++) {
                    double x = xs[slot / CHUNK][slot % CHUNK];
                    if (!Double.isNaN(x)) {
                        built.put(ids[slot / CHUNK][slot % CHUNK], new Point(x, ys[slot / CHUNK][slot % CHUNK]));
                    }
                }
                map = Map.copyOf(built);
            }
            return map;
        }
    }
}
