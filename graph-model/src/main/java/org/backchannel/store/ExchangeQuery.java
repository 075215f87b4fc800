package org.backchannel.store;

import java.util.Objects;
import java.util.Set;

/**
 * Which exchanges to list. With {@link Mode#INVOLVING} an exchange qualifies when either side is in
 * {@code actorIds}; with {@link Mode#BETWEEN}, when both are. An empty set means every actor.
 */
public record ExchangeQuery(Set<String> actorIds, Mode mode, GraphFilter filter, int limit) {

    public enum Mode { INVOLVING, BETWEEN }

    public ExchangeQuery {
        actorIds = Set.copyOf(actorIds);
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(filter, "filter");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
    }

    public static ExchangeQuery involving(String actorId, GraphFilter filter, int limit) {
        return new ExchangeQuery(Set.of(actorId), Mode.INVOLVING, filter, limit);
    }

    public static ExchangeQuery between(String a, String b, GraphFilter filter, int limit) {
        return new ExchangeQuery(Set.of(a, b), Mode.BETWEEN, filter, limit);
    }
}
