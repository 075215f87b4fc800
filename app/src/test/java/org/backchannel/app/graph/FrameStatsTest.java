package org.backchannel.app.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The frame-time summaries the bench scripts read, from made-up pulse times: no clock is involved. */
class FrameStatsTest {

    private static final long MS = 1_000_000L;

    @Test
    void aWindowOfConsecutiveDrawnFramesGivesTheMedianAnd95thPercentileOfTheGapsBetweenThem() {
        FrameStats stats = new FrameStats("chart", "marks", true);
        String summary = null;
        long now = 0;
        // The first drawn frame starts the count; each next one adds its gap: 95 gaps of 10 ms, then 5 of 40 ms.
        for (int frame = 0; frame <= FrameStats.WINDOW; frame++) {
            summary = stats.frame(now, true, 2 * MS, 7_000);
            now += frame < 95 ? 10 * MS : 40 * MS;
        }
        assertThat(summary).startsWith("chart 10.0 ms median, 40.0 ms p95; recording 2.0 ms median; 7000 marks drawn");
    }

    @Test
    void anIdleFrameBreaksTheRunSoThatItsGapIsNotAFrameTime() {
        FrameStats stats = new FrameStats("frame", "links", true);
        long now = 0;
        int before = FrameStats.WINDOW / 2;
        for (int frame = 0; frame < before; frame++) {
            assertThat(stats.frame(now, true, MS, 10)).isNull();
            now += 16 * MS;
        }
        // A second with nothing to draw: the next drawn frame starts a new run instead of adding a 1 s gap.
        stats.frame(now, false, 0, 0);
        now += 1_000 * MS;
        int after = 0;
        String summary = null;
        while (summary == null) {
            summary = stats.frame(now, true, MS, 10);
            now += 16 * MS;
            after++;
        }
        int gapsBefore = before - 1;
        assertThat(after).isEqualTo(1 + FrameStats.WINDOW - gapsBefore);
        assertThat(summary).startsWith("frame 16.0 ms median, 16.0 ms p95");
    }

    @Test
    void offByDefaultItSaysNothing() {
        FrameStats stats = new FrameStats("frame", "links", false);
        for (int frame = 0; frame <= 2 * FrameStats.WINDOW; frame++) {
            assertThat(stats.frame(frame * 16 * MS, true, MS, 10)).isNull();
        }
    }
}
