package org.backchannel.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.backchannel.json.ProblemLog;
import org.backchannel.json.TextRules;
import org.backchannel.model.PartialDate;
import org.backchannel.model.TimeSpan;

/** Checks of single fields; each returns the checked value, or null after logging why it was refused. */
final class FieldChecks {

    static final int MAX_ID = 100;
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 2_000;
    static final int MAX_LIST = 100;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final ProblemLog log;

    FieldChecks(ProblemLog log) {
        this.log = log;
    }

    String requiredText(String value, String pointer, int maxLength) {
        if (value == null) {
            log.add(pointer, "required field " + fieldName(pointer) + " is missing or null", "give it a text value");
            return null;
        }
        return optionalText(value, pointer, maxLength);
    }

    String optionalText(String value, String pointer, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            log.add(pointer, fieldName(pointer) + " is empty", "give it a value or leave the field out");
            return null;
        }
        if (value.length() > maxLength) {
            log.add(pointer, fieldName(pointer) + " is " + value.length() + " characters long; the limit is " + maxLength,
                    "shorten it");
            return null;
        }
        Optional<String> problem = TextRules.problemWith(value, maxLength >= MAX_TEXT);
        if (problem.isPresent()) {
            log.add(pointer, fieldName(pointer) + " " + problem.get(), "remove the character; it is invisible or unsafe in names");
            return null;
        }
        return value;
    }

    /** A display name: text with at least one letter or digit, so that it can be seen and searched. */
    String name(String value, String pointer) {
        String text = requiredText(value, pointer, MAX_NAME);
        if (text != null && text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            log.add(pointer, fieldName(pointer) + " \"" + printable(text) + "\" has no letter or digit",
                    "give the name as the source writes it");
            return null;
        }
        return text;
    }

    String slug(String value, String pointer) {
        String text = requiredText(value, pointer, MAX_ID);
        if (text != null && !SLUG.matcher(text).matches()) {
            log.add(pointer, "id \"" + text + "\" is not a slug", "use lower-case letters, digits and single hyphens, e.g. henry-kissinger");
            return null;
        }
        return text;
    }

    /** A value from a closed vocabulary; {@code parse} maps a code to its constant. */
    <E> E vocabulary(String value, String pointer, boolean required, Function<String, Optional<E>> parse, List<String> codes) {
        if (value == null) {
            if (required) {
                log.add(pointer, "required field " + fieldName(pointer) + " is missing or null", "use one of " + String.join(", ", codes));
            }
            return null;
        }
        Optional<E> parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            log.add(pointer, "unknown " + fieldName(pointer) + " \"" + printable(value) + "\"", "use one of " + String.join(", ", codes));
            return null;
        }
        return parsed.get();
    }

    /** Reads {@code date} or {@code start}/{@code end} of the object at {@code pointer}. */
    TimeSpan span(String date, String start, String end, String pointer) {
        if (date != null && (start != null || end != null)) {
            log.add(pointer + "/date", "both date and start/end are given", "use date for a point in time, start/end for a span");
            return TimeSpan.UNDATED;
        }
        if (date != null) {
            PartialDate point = date(date, pointer + "/date");
            return point == null ? TimeSpan.UNDATED : TimeSpan.at(point);
        }
        PartialDate from = start == null ? null : date(start, pointer + "/start");
        PartialDate to = end == null ? null : date(end, pointer + "/end");
        if (from != null && to != null && to.latest().isBefore(from.earliest())) {
            log.add(pointer + "/end", "end " + to + " comes before start " + from, "swap them or correct one");
            return TimeSpan.UNDATED;
        }
        return new TimeSpan(from, to);
    }

    PartialDate date(String value, String pointer) {
        Optional<PartialDate> parsed = PartialDate.parse(value);
        if (parsed.isEmpty()) {
            log.add(pointer, "\"" + printable(value) + "\" is not a date",
                    "write YYYY, YYYY-MM or YYYY-MM-DD with a real calendar day and a year from "
                            + PartialDate.MIN_YEAR + " to " + PartialDate.MAX_YEAR);
            return null;
        }
        return parsed.get();
    }

    List<String> textList(List<String> values, String pointer, int maxLength) {
        List<String> checked = new ArrayList<>();
        if (values == null) {
            return checked;
        }
        if (values.size() > MAX_LIST) {
            log.add(pointer, fieldName(pointer) + " has " + values.size() + " entries; the limit is " + MAX_LIST, "keep the main ones");
            return checked;
        }
        for (int i = 0; i < values.size(); i++) {
            String value = requiredText(values.get(i), pointer + "/" + i, maxLength);
            if (value != null) {
                checked.add(value);
            }
        }
        return checked;
    }

    /** Whether a required array is there (it may be empty); logs its absence. */
    boolean requiredArray(List<?> values, String pointer) {
        if (values == null) {
            log.add(pointer, "required array " + pointer.substring(1) + " is missing or null", "give it an array, even an empty one");
            return false;
        }
        return true;
    }

    static String withArticle(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    static String fieldName(String pointer) {
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        return last.chars().allMatch(Character::isDigit) ? "entry " + pointer : last;
    }

    /** Shortens a refused value for a message, and keeps invisible characters visible. */
    static String printable(String value) {
        return TextRules.printable(value);
    }
}
