package org.backchannel.perspective;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import org.backchannel.model.PartialDate;

/**
 * How a property writes its dates, as a perspective names it: {@code iso} ({@code 2017}, {@code 2017-08},
 * {@code 2017-08-04}, or a date-time whose day is taken), {@code year}, {@code epoch-seconds},
 * {@code epoch-millis}, or a pattern such as {@code dd/MM/yyyy} for day-first or {@code MM/dd/yyyy}
 * for month-first text. Neo4j's own temporal values are read whatever the format says. A value that
 * does not fit the format is not guessed at: it is reported as {@link DateRead.Outcome#UNPARSED}.
 */
public record DateFormat(String code) {

    public static final DateFormat ISO = new DateFormat("iso");
    public static final DateFormat YEAR = new DateFormat("year");
    public static final DateFormat EPOCH_SECONDS = new DateFormat("epoch-seconds");
    public static final DateFormat EPOCH_MILLIS = new DateFormat("epoch-millis");
    public static final DateFormat DAY_FIRST = new DateFormat("dd/MM/yyyy");
    public static final DateFormat MONTH_FIRST = new DateFormat("MM/dd/yyyy");

    /**
     * @throws IllegalArgumentException with a sentence for the user when the code is neither a named
     *                                  format nor a pattern with a day, a month and a year
     */
    public DateFormat {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a date format is needed: iso, year, epoch-seconds, epoch-millis or a pattern such as dd/MM/yyyy");
        }
        if (!isNamed(code)) {
            formatter(code);
        }
    }

    /** What a date value read as, and the date when it did. */
    public record DateRead(Outcome outcome, PartialDate date) {
        public enum Outcome { DATED, UNPARSED, WRONG_TYPE }

        static DateRead dated(PartialDate date) {
            return new DateRead(Outcome.DATED, date);
        }

        static final DateRead UNPARSED = new DateRead(Outcome.UNPARSED, null);
        static final DateRead WRONG_TYPE = new DateRead(Outcome.WRONG_TYPE, null);
    }

    /** Reads a property's value (as the driver gives it: text, a number, a temporal value, or anything else). */
    public DateRead read(Object value) {
        Optional<PartialDate> temporal = temporal(value);
        if (temporal.isPresent()) {
            return DateRead.dated(temporal.get());
        }
        if (value instanceof Number number) {
            return number(number);
        }
        if (value instanceof String text) {
            return text(text.strip());
        }
        return DateRead.WRONG_TYPE;
    }

    private DateRead number(Number number) {
        boolean integral = number instanceof Long || number instanceof Integer || number instanceof Short
                || number.doubleValue() == Math.rint(number.doubleValue());
        if (!integral) {
            return DateRead.UNPARSED;
        }
        long n = number.longValue();
        try {
            return switch (code) {
                case "year" -> DateRead.dated(PartialDate.ofYear(Math.toIntExact(n)));
                case "epoch-seconds" -> day(Instant.ofEpochSecond(n).atOffset(ZoneOffset.UTC).toLocalDate());
                case "epoch-millis" -> day(Instant.ofEpochMilli(n).atOffset(ZoneOffset.UTC).toLocalDate());
                default -> DateRead.UNPARSED;
            };
        } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
            return DateRead.UNPARSED;
        }
    }

    private DateRead text(String text) {
        switch (code) {
            case "iso" -> {
                Optional<PartialDate> date = PartialDate.parse(text);
                if (date.isPresent()) {
                    return DateRead.dated(date.get());
                }
                return isoDateTime(text);
            }
            case "year" -> {
                return text.length() == 4 ? PartialDate.parse(text).map(DateRead::dated).orElse(DateRead.UNPARSED) : DateRead.UNPARSED;
            }
            case "epoch-seconds", "epoch-millis" -> {
                try {
                    return number(Long.parseLong(text));
                } catch (NumberFormatException e) {
                    return DateRead.UNPARSED;
                }
            }
            default -> {
                try {
                    return day(LocalDate.parse(text, formatter(code)));
                } catch (DateTimeParseException e) {
                    return DateRead.UNPARSED;
                }
            }
        }
    }

    /** {@code 2017-08-04T10:15:00Z} and its kin: the day as written, not moved to another zone. */
    private static DateRead isoDateTime(String text) {
        if (text.length() < 11 || text.charAt(10) != 'T') {
            return DateRead.UNPARSED;
        }
        try {
            return day(OffsetDateTime.parse(text).toLocalDate());
        } catch (DateTimeParseException e) {
            try {
                return day(LocalDateTime.parse(text).toLocalDate());
            } catch (DateTimeParseException e2) {
                return DateRead.UNPARSED;
            }
        }
    }

    private static DateRead day(LocalDate date) {
        try {
            return DateRead.dated(new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
        } catch (IllegalArgumentException e) {
            return DateRead.UNPARSED;
        }
    }

    private static Optional<PartialDate> temporal(Object value) {
        LocalDate date = null;
        if (value instanceof LocalDate d) {
            date = d;
        } else if (value instanceof LocalDateTime d) {
            date = d.toLocalDate();
        } else if (value instanceof ZonedDateTime d) {
            date = d.toLocalDate();
        } else if (value instanceof OffsetDateTime d) {
            date = d.toLocalDate();
        }
        if (date == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(day(date).date());
    }

    private static boolean isNamed(String code) {
        return code.equals("iso") || code.equals("year") || code.equals("epoch-seconds") || code.equals("epoch-millis");
    }

    /** A pattern's {@code y} read strictly as the proleptic year, so that {@code 31/02/2017} is refused, not moved to March. */
    private static DateTimeFormatter formatter(String pattern) {
        if (!(pattern.contains("d") && pattern.contains("M") && (pattern.contains("y") || pattern.contains("u")))) {
            throw new IllegalArgumentException("date format \"" + pattern
                    + "\" is neither iso, year, epoch-seconds nor epoch-millis, nor a pattern with d, M and y such as dd/MM/yyyy");
        }
        try {
            return DateTimeFormatter.ofPattern(pattern.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("date format \"" + pattern + "\" is not a pattern Java can read: " + e.getMessage(), e);
        }
    }

    /** What a value of this format is, for messages: "epoch milliseconds", "a date written dd/MM/yyyy". */
    public String describe() {
        return switch (code) {
            case "iso" -> "an ISO date";
            case "year" -> "a year";
            case "epoch-seconds" -> "epoch seconds";
            case "epoch-millis" -> "epoch milliseconds";
            default -> "a date written " + code;
        };
    }

    @Override
    public String toString() {
        return code;
    }
}
