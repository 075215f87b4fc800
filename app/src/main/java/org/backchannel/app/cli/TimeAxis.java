package org.backchannel.app.cli;

import java.util.List;
import org.backchannel.model.TimeSpan;
import org.backchannel.model.YearRange;

/**
 * One time axis in text, so that channels printed one under another can be read side by side: each
 * span is a bar of {@code #} over the years it touches, open-ended spans reaching the axis's end.
 */
final class TimeAxis {

    private static final int WIDTH = 40;

    private final int from;
    private final int to;

    private TimeAxis(int from, int to) {
        this.from = from;
        this.to = Math.max(to, from);
    }

    /** An axis over the era if one is given, else from the first start to the last year any span names. */
    static TimeAxis over(List<TimeSpan> spans, YearRange era) {
        if (era != null && era.to() < 9999) {
            return new TimeAxis(era.from(), era.to());
        }
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (TimeSpan span : spans) {
            if (span.start() != null) {
                first = Math.min(first, span.start().year());
                last = Math.max(last, span.start().year());
            }
            if (span.end() != null) {
                first = Math.min(first, span.end().year());
                last = Math.max(last, span.end().year());
            }
        }
        return first == Integer.MAX_VALUE ? new TimeAxis(0, 0) : new TimeAxis(first, last);
    }

    String header() {
        String left = Integer.toString(from);
        String right = Integer.toString(to);
        return left + " ".repeat(Math.max(1, WIDTH - left.length() - right.length())) + right;
    }

    String bar(TimeSpan span) {
        if (!span.isDated()) {
            return " ".repeat(WIDTH - 7) + "undated";
        }
        YearRange years = span.years().orElseThrow();
        StringBuilder bar = new StringBuilder();
        for (int column = 0; column < WIDTH; column++) {
            double yearFrom = from + (to - from + 1) * (double) column / WIDTH;
            double yearTo = from + (to - from + 1) * (double) (column + 1) / WIDTH;
            bar.append(years.from() < yearTo && years.to() + 1 > yearFrom ? '#' : '.');
        }
        return bar.toString();
    }
}
