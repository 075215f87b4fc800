package org.backchannel.app.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void theStandardDelaysDoubleFromOneSecondUpToHalfAMinute() {
        assertThat(IntStream.range(0, 8).mapToObj(Backoff.STANDARD::delay).map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
    }

    @Test
    void aVeryLateAttemptStaysAtTheCeiling() {
        assertThat(Backoff.STANDARD.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backoff.STANDARD.delay(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
