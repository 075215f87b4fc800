package org.backchannel.render.timeline;

import org.backchannel.model.PartialDate;
import org.backchannel.model.TimeSpan;

/**
 * Days from {@code from} (inclusive) to {@code to} (exclusive), counted as {@link java.time.LocalDate#toEpochDay()}.
 * A date known only to the year or the month is the whole year or month: drawn as the span of
 * uncertainty it is, not as a point.
 */
public record DayRange(long from, long to) {

    public DayRange {
        if (to <= from) {
            throw new IllegalArgumentException("a day range must hold at least one day: " + from + "–" + to);
        }
    }

    /** Every day the date may mean. */
    public static DayRange of(PartialDate date) {
        return new DayRange(date.earliest().toEpochDay(), date.latest().toEpochDay() + 1);
    }

    /**
     * From the first day the span may start to the last it may end; null when undated or open at its
     * end (an open span is a bar that runs on, see {@link #start}). A span with only an end is its end.
     */
    public static DayRange closed(TimeSpan span) {
        if (span.end() == null) {
            return null;
        }
        PartialDate start = span.start() != null ? span.start() : span.end();
        return new DayRange(start.earliest().toEpochDay(), span.end().latest().toEpochDay() + 1);
    }

    /** The days the span's start may mean; null when it has none (undated, or known only by its end). */
    public static DayRange start(TimeSpan span) {
        return span.start() == null ? null : of(span.start());
    }

    /** The days the span's end may mean; null when it has none. */
    public static DayRange end(TimeSpan span) {
        return span.end() == null ? null : of(span.end());
    }

    public long days() {
        return to - from;
    }

    public double middle() {
        return (from + to) / 2.0;
    }
}
