package org.backchannel.model;

import java.util.Optional;

/**
 * When something happened or held: a point ({@code start == end}), a span, or a span open at its end.
 * Both ends null means undated.
 */
public record TimeSpan(PartialDate start, PartialDate end) {

    public static final TimeSpan UNDATED = new TimeSpan(null, null);

    public TimeSpan {
        if (start != null && end != null && end.latest().isBefore(start.earliest())) {
            throw new IllegalArgumentException("end " + end + " comes before start " + start);
        }
    }

    public static TimeSpan at(PartialDate date) {
        return new TimeSpan(date, date);
    }

    public boolean isDated() {
        return start != null || end != null;
    }

    public boolean isPoint() {
        return start != null && start.equals(end);
    }

    /**
     * The calendar years this span touches; empty when undated. A span with no end is still going on
     * (the hotline since 1963), so it reaches every later year; one with no start is taken to begin
     * in the year it ended.
     */
    public Optional<YearRange> years() {
        if (!isDated()) {
            return Optional.empty();
        }
        int from = start != null ? start.year() : end.year();
        int to = end != null ? end.year() : PartialDate.MAX_YEAR;
        return Optional.of(new YearRange(from, to));
    }

    @Override
    public String toString() {
        if (!isDated()) {
            return "undated";
        }
        if (isPoint()) {
            return start.toString();
        }
        return (start == null ? "?" : start.toString()) + "–" + (end == null ? "" : end.toString());
    }
}
