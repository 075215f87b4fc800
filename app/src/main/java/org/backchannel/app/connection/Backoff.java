package org.backchannel.app.connection;

import java.time.Duration;

/**
 * How long to wait before the next attempt to reach a store that went away: doubling from a first
 * delay up to a ceiling. No jitter: one desktop client cannot stampede a server, and fixed delays
 * are what the banner can promise.
 */
public record Backoff(Duration first, Duration ceiling) {

    public static final Backoff STANDARD = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    public Backoff {
        if (first.isNegative() || first.isZero() || ceiling.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 < first <= ceiling, was " + first + " and " + ceiling);
        }
    }

    /** The wait before attempt {@code attempt} (0 for the first retry). */
    public Duration delay(int attempt) {
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt must not be negative, was " + attempt);
        }
        Duration delay = first;
        for (int i = 0; i < attempt && delay.compareTo(ceiling) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(ceiling) > 0 ? ceiling : delay;
    }
}
