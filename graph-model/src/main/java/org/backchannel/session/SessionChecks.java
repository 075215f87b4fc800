package org.backchannel.session;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.backchannel.json.ProblemLog;
import org.backchannel.json.TextRules;

/** Checks of single fields of a session file; each returns the checked value, or null after logging why it was refused. */
final class SessionChecks {

    static final int MAX_ID = 500;
    static final int MAX_NOTE = 20_000;
    static final int MAX_SHORT_TEXT = 2_000;

    private final ProblemLog log;

    SessionChecks(ProblemLog log) {
        this.log = log;
    }

    String text(String value, String pointer, boolean required, int maxLength, boolean multiline) {
        if (value == null) {
            if (required) {
                log.add(pointer, "required field " + fieldName(pointer) + " is missing or null", "give it a text value");
            }
            return null;
        }
        if (value.isBlank()) {
            log.add(pointer, fieldName(pointer) + " is empty", required ? "give it a value" : "give it a value or leave the field out");
            return null;
        }
        if (value.length() > maxLength) {
            log.add(pointer, fieldName(pointer) + " is " + value.length() + " characters long; the limit is " + maxLength, "shorten it");
            return null;
        }
        Optional<String> problem = TextRules.problemWith(value, multiline);
        if (problem.isPresent()) {
            log.add(pointer, fieldName(pointer) + " " + problem.get(), "remove the character; it is invisible or unsafe");
            return null;
        }
        return value;
    }

    Instant instant(String value, String pointer) {
        String text = text(value, pointer, true, 100, false);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            log.add(pointer, "\"" + TextRules.printable(text) + "\" is not a moment in time",
                    "write an ISO-8601 instant in UTC, e.g. 2026-12-06T03:15:00Z");
            return null;
        }
    }

    /** Ids, each at most once and each one of {@code allowed} (when given), in file order. */
    Set<String> ids(List<String> values, String pointer, Set<String> allowed, String allowedName) {
        Set<String> checked = new LinkedHashSet<>();
        for (int i = 0; values != null && i < values.size(); i++) {
            String at = pointer + "/" + i;
            String id = id(values.get(i), at, allowed, allowedName);
            if (id != null && !checked.add(id)) {
                log.add(at, "\"" + TextRules.printable(id) + "\" is listed twice", "list each id once");
            }
        }
        return checked;
    }

    /** An id that must be one of {@code allowed} (when given); {@code allowedName} says where those are listed. */
    String id(String value, String pointer, Set<String> allowed, String allowedName) {
        String id = text(value, pointer, true, MAX_ID, false);
        if (id != null && allowed != null && !allowed.contains(id)) {
            log.add(pointer, "\"" + TextRules.printable(id) + "\" is not in " + allowedName, "list it in " + allowedName + " or remove it here");
            return null;
        }
        return id;
    }

    /** A value from a closed vocabulary; {@code what} names it in messages, {@code parse} maps a code to its constant. */
    <E> E vocabulary(String value, String pointer, String what, Function<String, Optional<E>> parse, List<String> codes) {
        if (value == null) {
            log.add(pointer, "required " + what + " is missing or null", "use one of " + String.join(", ", codes));
            return null;
        }
        Optional<E> parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            log.add(pointer, "unknown " + what + " \"" + TextRules.printable(value) + "\"", "use one of " + String.join(", ", codes));
            return null;
        }
        return parsed.get();
    }

    /** A finite number, or null after logging; JSON has no NaN, but 1e999 reads as infinity. */
    Double finite(Double value, String pointer) {
        if (value == null) {
            log.add(pointer, "required number " + fieldName(pointer) + " is missing or null", "give it a finite number");
            return null;
        }
        if (!Double.isFinite(value)) {
            log.add(pointer, fieldName(pointer) + " is not a finite number", "give it a number within the range of a double");
            return null;
        }
        return value;
    }

    void add(String pointer, String message, String hint) {
        log.add(pointer, message, hint);
    }

    static String fieldName(String pointer) {
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        return last.chars().allMatch(Character::isDigit) ? "entry " + pointer : last;
    }
}
