package org.backchannel.model;

/** A closed range of calendar years, the unit eras and era filters work in. */
public record YearRange(int from, int to) {

    public YearRange {
        if (to < from) {
            throw new IllegalArgumentException("year range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean overlaps(YearRange other) {
        return from <= other.to && other.from <= to;
    }

    public YearRange union(YearRange other) {
        return new YearRange(Math.min(from, other.from), Math.max(to, other.to));
    }

    @Override
    public String toString() {
        if (to >= PartialDate.MAX_YEAR) {
            return from + "–";
        }
        return from == to ? Integer.toString(from) : from + "–" + to;
    }
}
