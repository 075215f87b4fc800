package org.backchannel.questions;

import java.time.LocalDate;
import java.util.Optional;
import org.backchannel.model.PartialDate;
import org.backchannel.model.TimeSpan;

/**
 * The days a dated thing may have happened on: from the first day its start may mean to the last day
 * its end may mean. A partial date is a span ({@code 2021-11} is the whole month), so two windows can
 * be certainly ordered, or only possibly: {@code 1970} and {@code 1970-10} overlap and either may come
 * first.
 */
public record DateWindow(LocalDate earliest, LocalDate latest) {

    /** A span with no end is still going on. */
    static final LocalDate OPEN_END = LocalDate.of(PartialDate.MAX_YEAR, 12, 31);

    public DateWindow {
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("window ends " + latest + " before it starts " + earliest);
        }
    }

    /** Empty when the span is undated; a span with no start is taken to begin in its end's period. */
    public static Optional<DateWindow> of(TimeSpan span) {
        if (span == null || !span.isDated()) {
            return Optional.empty();
        }
        PartialDate start = span.start() != null ? span.start() : span.end();
        LocalDate latest = span.end() != null ? span.end().latest() : OPEN_END;
        return Optional.of(new DateWindow(start.earliest(), latest));
    }

    /** Whether every day of this window is no earlier than every day of {@code other}. */
    public boolean certainlyFollows(DateWindow other) {
        return !earliest.isBefore(other.latest);
    }

    /** Whether the two windows may share a day. */
    public boolean mayOverlap(DateWindow other) {
        return !earliest.isAfter(other.latest) && !other.earliest.isAfter(latest);
    }

    /** Whether {@code outer} certainly runs through every day {@code inner} may mean: an office held throughout an exchange. */
    public static boolean certainlyCovers(TimeSpan outer, DateWindow inner) {
        if (outer == null || !outer.isDated()) {
            return false;
        }
        return !latestStart(outer).isAfter(inner.earliest) && !earliestEnd(outer).isBefore(inner.latest);
    }

    private static LocalDate latestStart(TimeSpan span) {
        return (span.start() != null ? span.start() : span.end()).latest();
    }

    private static LocalDate earliestEnd(TimeSpan span) {
        return span.end() != null ? span.end().earliest() : OPEN_END;
    }
}
