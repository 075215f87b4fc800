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
 * <p>A slot is never given back (a removed position is NaN), so a frozen table's slots keep their ids. Use it
 * from one thread; a {@link Frozen} table from any.
 */
final class PositionTable {

    static final int CHUNK = 4096;

    private final Map<String, Integer> slots = new HashMap<>();
    private String[][] ids = new String[0][];
    private double[][] xs = new double[0][];
    private double[][] ys = new double[0][];
    /** Per chunk: a frozen table holds it, so it is copied before it changes. */
    private boolean[] shared = new boolean[0];
    private int size;
    private Frozen frozen = new Frozen(ids, xs, ys, 0);
    private boolean changed;

    /** Places {@code id} at {@code at}, or takes its position away for null. */
    void put(String id, Point at) {
        Integer slot = slots.get(id);
        if (slot == null) {
            if (at == null) {
                return;
            }
            slot = size++;
            slots.put(id, slot);
            if (slot / CHUNK == ids.length) {
                grow();
            }
        }
        int chunk = slot / CHUNK;
        int i = slot % CHUNK;
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
