package org.backchannel.app.graph;

import java.util.Arrays;

/**
 * Frame times of a canvas (the graph's, the timeline chart's), logged as median and 95th percentile every {@value #WINDOW} drawn
 * frames when the system property {@code backchannel.frameStats} is true (off by default; speed is
 * checked by benchmarks, not by tests).
 *
 * <p>JavaFX rasterises a canvas on its render thread after the frame's commands were recorded, so
 * recording time alone says little. The frame time is therefore the gap between two consecutive
 * frames that both drew: the next pulse waits for the previous frame's rendering. Gaps across idle
 * frames (nothing changed, nothing drawn) are not frame times and are skipped.
 */
public final class FrameStats {

    static final int WINDOW = 100;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FrameStats.class);

    private final boolean enabled;
    private final long[] gaps = new long[WINDOW];
    private final long[] recordings = new long[WINDOW];
    private int count;
    private long lastDrawnAt = -1;
    private final String name;
    private final String drawn;

    /**
     * @param name  what a summary starts with: the graph's is "frame", so bench scripts tell the canvases apart
     * @param drawn what the count of things drawn counts, such as "links"
     */
    public FrameStats(String name, String drawn) {
        this(name, drawn, Boolean.getBoolean("backchannel.frameStats"));
    }

    FrameStats(String name, String drawn, boolean enabled) {
        this.name = name;
        this.drawn = drawn;
        this.enabled = enabled;
    }

    /**
     * @param now            the pulse's time stamp, in nanoseconds
     * @param drew           whether this frame drew
     * @param recordingNanos how long recording the frame's draw calls took
     * @param things         how many things this frame drew
     * @return the summary logged when this frame completed a window of {@value #WINDOW}, else null
     */
    public String frame(long now, boolean drew, long recordingNanos, int things) {
        if (!enabled) {
            return null;
        }
        if (!drew) {
            lastDrawnAt = -1;
            return null;
        }
        if (lastDrawnAt >= 0) {
            gaps[count] = now - lastDrawnAt;
            recordings[count] = recordingNanos;
            count++;
        }
        lastDrawnAt = now;
        if (count == WINDOW) {
            count = 0;
            String summary = String.format("%s %.1f ms median, %.1f ms p95; recording %.1f ms median; %d %s drawn",
                    name, percentile(gaps, 50), percentile(gaps, 95), percentile(recordings, 50), things, drawn);
            LOG.info("{} (last {} consecutive drawn frames)", summary, WINDOW);
            return summary;
        }
        return null;
    }

    private static double percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }
}
