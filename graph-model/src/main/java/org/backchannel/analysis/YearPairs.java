package org.backchannel.analysis;

import org.backchannel.model.YearRange;

/**
 * Each node's or link's first and last year, as {@link GraphIndex} keeps them for filters. Where every year lies
 * within 65,535 years of the earliest (any real archive), each is kept as a {@code char} past that year: two
 * bytes where an {@code int} took four (2 MB of issue #15's 500,000 links). Otherwise they are kept as ints.
 */
final class YearPairs {

    /** A pair that has no years, not even derived ones; also what {@link #from} answers for it. */
    static final int UNDATED = Integer.MIN_VALUE;

    /** In the narrow columns, 0 is "undated" and {@code c} is year {@code base + c - 1}. */
    private final int base;
    private final char[] narrowFrom;
    private final char[] narrowTo;
    /** Used instead where the years spread wider. */
    private final int[] wideFrom;
    private final int[] wideTo;

    private YearPairs(int base, char[] narrowFrom, char[] narrowTo, int[] wideFrom, int[] wideTo) {
        this.base = base;
        this.narrowFrom = narrowFrom;
        this.narrowTo = narrowTo;
        this.wideFrom = wideFrom;
        this.wideTo = wideTo;
    }

    /** @param years per element, null where it has none */
    static YearPairs of(YearRange[] years) {
        long least = Long.MAX_VALUE;
        long most = Long.MIN_VALUE;
        for (YearRange range : years) {
            if (range != null) {
                least = Math.min(least, Math.min(range.from(), range.to()));
                most = Math.max(most, Math.max(range.from(), range.to()));
            }
        }
        int n = years.length;
        if (least == Long.MAX_VALUE || most - least < Character.MAX_VALUE) {
            int base = least == Long.MAX_VALUE ? 0 : (int) least;
            char[] from = new char[n];
            char[] to = new char[n];
            for (int i = 0; i < n; i++) {
                if (years[i] != null) {
                    from[i] = (char) (years[i].from() - base + 1);
                    to[i] = (char) (years[i].to() - base + 1);
                }
            }
            return new YearPairs(base, from, to, null, null);
        }
        int[] from = new int[n];
        int[] to = new int[n];
        for (int i = 0; i < n; i++) {
            from[i] = years[i] == null ? UNDATED : years[i].from();
            to[i] = years[i] == null ? UNDATED : years[i].to();
        }
        return new YearPairs(0, null, null, from, to);
    }

    int size() {
        return narrowFrom != null ? narrowFrom.length : wideFrom.length;
    }

    /** Element {@code i}'s first year, or {@link #UNDATED}. */
    int from(int i) {
        if (narrowFrom == null) {
            return wideFrom[i];
        }
        char c = narrowFrom[i];
        return c == 0 ? UNDATED : base + c - 1;
    }

    /** Element {@code i}'s last year, or {@link #UNDATED}. */
    int to(int i) {
        if (narrowTo == null) {
            return wideTo[i];
        }
        char c = narrowTo[i];
        return c == 0 ? UNDATED : base + c - 1;
    }

    boolean dated(int i) {
        return narrowFrom != null ? narrowFrom[i] != 0 : wideFrom[i] != UNDATED;
    }

    /** Element {@code i}'s years, or null when it has none. */
    YearRange years(int i) {
        return dated(i) ? new YearRange(from(i), to(i)) : null;
    }
}
