package org.backchannel.perspective;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which {@link DateFormat} a property's sampled values are written in, for a proposed perspective. */
final class DateFormatGuess {

    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    private DateFormatGuess() {
    }

    /**
     * The format the sampled values are written in. Day-first and month-first text are told apart by a
     * first or second number above 12; when none is, day-first is proposed and the dialog shows it for
     * the user to confirm. Numbers are years, epoch seconds or epoch milliseconds by their size.
     */
    static DateFormat of(List<Object> values) {
        boolean firstAbove12 = false;
        boolean secondAbove12 = false;
        boolean slashed = false;
        boolean padded = true;
        boolean numbers = !values.isEmpty();
        long largest = 0;
        for (Object value : values) {
            if (value instanceof Number n) {
                largest = Math.max(largest, Math.abs(n.longValue()));
                continue;
            }
            numbers = false;
            if (value instanceof String text) {
                Matcher m = SLASHED.matcher(text.strip());
                if (m.matches()) {
                    slashed = true;
                    padded &= m.group(1).length() == 2 && m.group(2).length() == 2;
                    firstAbove12 |= Integer.parseInt(m.group(1)) > 12;
                    secondAbove12 |= Integer.parseInt(m.group(2)) > 12;
                }
            }
        }
        if (numbers) {
            return largest >= 100_000_000_000L ? DateFormat.EPOCH_MILLIS : largest >= 100_000 ? DateFormat.EPOCH_SECONDS : DateFormat.YEAR;
        }
        if (slashed) {
            String separator = values.stream().filter(String.class::isInstance).map(v -> ((String) v).strip())
                    .map(SLASHED::matcher).filter(Matcher::matches).findFirst().map(m -> m.group().substring(m.end(1), m.end(1) + 1)).orElse("/");
            // "d" reads one or two digits, "dd" exactly two: 4/8/2017 needs the former.
            String day = padded ? "dd" : "d";
            String month = padded ? "MM" : "M";
            String pattern = secondAbove12 && !firstAbove12 ? month + separator + day + separator + "yyyy" : day + separator + month + separator + "yyyy";
            return new DateFormat(pattern);
        }
        return DateFormat.ISO;
    }
}
