package org.backchannel.analysis;

import java.util.AbstractSet;
import java.util.BitSet;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An immutable set of ids held as bits over a {@link GraphIndex}'s numbering, so that a filter over
 * hundreds of thousands of elements builds no hash set. Iterates in load order; compares equal to any
 * other {@code Set} with the same ids.
 */
final class IdSet extends AbstractSet<String> {

    private final IdIndex index;
    private final BitSet members;
    private final int size;

    /** Takes {@code members} over; the caller must not change it afterwards. */
    IdSet(IdIndex index, BitSet members) {
        this.index = index;
        this.members = members;
        this.size = members.cardinality();
    }

    /** Whether this set numbers its ids by {@code numbering}, so that {@link #containsNumber} may be asked. */
    boolean numberedBy(IdIndex numbering) {
        return index == numbering;
    }

    /** Whether the id numbered {@code i} is in the set. */
    boolean containsNumber(int i) {
        return members.get(i);
    }

    @Override
    public boolean contains(Object o) {
        int i = index.indexOf(o);
        return i >= 0 && members.get(i);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next = members.nextSetBit(0);

            @Override
            public boolean hasNext() {
                return next >= 0;
            }

            @Override
            public String next() {
                if (next < 0) {
                    throw new NoSuchElementException();
                }
                String id = index.id(next);
                next = members.nextSetBit(next + 1);
                return id;
            }
        };
    }
}
