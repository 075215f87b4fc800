package org.backchannel.store;

import java.util.Objects;

/** A "who reached whom" question: from one node to another, within a hop cap, under a filter. */
public record PathQuery(String fromId, String toId, int maxHops, boolean all, GraphFilter filter, int limit) {

    public static final int MAX_HOPS = 10;

    public PathQuery {
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
        Objects.requireNonNull(filter, "filter");
        if (maxHops < 1 || maxHops > MAX_HOPS) {
            throw new IllegalArgumentException("maxHops must be between 1 and " + MAX_HOPS + ", was " + maxHops);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
    }

    public static PathQuery shortest(String fromId, String toId, int maxHops) {
        return new PathQuery(fromId, toId, maxHops, false, GraphFilter.ALL, 1);
    }

    public static PathQuery allShortest(String fromId, String toId, int maxHops, int limit) {
        return new PathQuery(fromId, toId, maxHops, true, GraphFilter.ALL, limit);
    }
}
