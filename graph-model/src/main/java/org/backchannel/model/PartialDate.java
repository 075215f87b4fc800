package org.backchannel.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A date known to the year, the month or the day: {@code 1970}, {@code 2021-11}, {@code 2022-01-17}.
 * Sources rarely give more than they know; the model keeps exactly what they give.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 9999;

    public enum Precision { YEAR, MONTH, DAY }

    /** Use {@link #parse} for text; month and day are 0 when unknown. */
    public PartialDate {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside " + MIN_YEAR + "–" + MAX_YEAR);
        }
        if (month < 0 || month > 12 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("month " + month + " is not a month");
        }
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(String.format("%04d-%02d-%02d is not a day of the calendar", year, month, day), e);
            }
        }
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when the text is not such a date.
     * By hand rather than with a regular expression: loading a large graph parses two dates per
     * element, and the matcher was a visible part of that.
     */
    public static Optional<PartialDate> parse(String text) {
        if (text == null || (text.length() != 4 && text.length() != 7 && text.length() != 10)) {
            return Optional.empty();
        }
        int year = digits(text, 0, 4);
        int month = text.length() >= 7 && text.charAt(4) == '-' ? digits(text, 5, 2) : -1;
        int day = text.length() == 10 && text.charAt(7) == '-' ? digits(text, 8, 2) : -1;
        boolean shaped = year >= 0 && (text.length() == 4 || month > 0) && (text.length() != 10 || day > 0);
        if (!shaped) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PartialDate(year, Math.max(month, 0), Math.max(day, 0)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The number written by {@code count} ASCII digits from {@code from}, or -1 if any is not one. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day this date may mean. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The last day this date may mean. */
    public LocalDate latest() {
        if (day != 0) {
            return LocalDate.of(year, month, day);
        }
        if (month != 0) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, 12, 31);
    }

    @Override
    public int compareTo(PartialDate other) {
        int byStart = earliest().compareTo(other.earliest());
        return byStart != 0 ? byStart : latest().compareTo(other.latest());
    }

    @Override
    public String toString() {
        return switch (precision()) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }
}
