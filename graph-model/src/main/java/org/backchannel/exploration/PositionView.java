package org.backchannel.exploration;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A live, unmodifiable map over a {@link PositionTable}: what {@link DrawingModel#positions()} hands out, so
 * that the drawing keeps its positions once, as arrays, rather than a {@link Point} and a map entry per node
 * besides. A look-up goes to the table's slots; iterating makes a point per placed node as it goes, in the order
 * the nodes were first placed.
 */
final class PositionView extends AbstractMap<String, Point> {

    private final DrawingModel drawing;

    /** Over the drawing rather than its table, which {@link DrawingModel#clear()} replaces. */
    PositionView(DrawingModel drawing) {
        this.drawing = drawing;
    }

    @Override
    public Point get(Object key) {
        return key instanceof String id ? drawing.table().get(id) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return drawing.table().placed();
    }

    @Override
    public Set<Entry<String, Point>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Point>> iterator() {
                return new Placed(drawing.table());
            }

            @Override
            public int size() {
                return PositionView.this.size();
            }
        };
    }

    /** The placed slots of one table, skipping those whose position was taken away (NaN). */
    private static final class Placed implements Iterator<Entry<String, Point>> {

        private final PositionTable table;
        private int next;

        Placed(PositionTable table) {
            this.table = table;
            skipUnplaced();
        }

        private void skipUnplaced() {
            while (next < table.slots() && Double.isNaN(table.x(next))) {
                next++;
            }
        }

        @Override
        public boolean hasNext() {
            return next < table.slots();
        }

        @Override
        public Entry<String, Point> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Entry<String, Point> entry = Map.entry(table.id(next), new Point(table.x(next), table.y(next)));
            next++;
            skipUnplaced();
            return entry;
        }
    }
}
