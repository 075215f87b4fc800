package org.backchannel.store.neo4j;

/** The callers' limits every browsing query takes, checked the same way by each store. */
final class Limits {

    private Limits() {
    }

    static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
    }
}
