package org.backchannel.perspective;

import java.util.HashSet;
import java.util.Set;

/**
 * Counts what a perspective could not read: dates that do not parse and values of unexpected types
 * (a date that is a list, a name that is a number). Such values are shown as text and never guessed
 * at; this makes the one-line notice that says how many there were, with a first example of each.
 * Each element's property is counted once however often it is read again (an overview, then an
 * expand). Reads run on background threads while the window asks for the notice, hence the locking.
 */
public final class ValueNotes {

    private final Set<String> seen = new HashSet<>();

    private long unparsedDates;
    private long unexpectedTypes;
    private String firstUnparsed;
    private String firstUnexpected;

    /** @param expected what the value should have been, e.g. "epoch milliseconds" */
    public synchronized void unparsedDate(String elementId, String property, Object value, String expected) {
        if (!seen.add(elementId + "\u0000" + property)) {
            return;
        }
        unparsedDates++;
        if (firstUnparsed == null) {
            firstUnparsed = property + " = " + ValueText.of(value) + " is not " + expected;
        }
    }

    public synchronized void unexpectedType(String elementId, String property, Object value) {
        if (!seen.add(elementId + "\u0000" + property)) {
            return;
        }
        unexpectedTypes++;
        if (firstUnexpected == null) {
            firstUnexpected = property + " = " + ValueText.of(value) + " (" + ValueText.typeName(value) + ")";
        }
    }

    public synchronized long unparsedDates() {
        return unparsedDates;
    }

    public synchronized long unexpectedTypes() {
        return unexpectedTypes;
    }

    /** One line for the status bar; empty when every value read. */
    public synchronized String notice() {
        StringBuilder line = new StringBuilder();
        if (unparsedDates > 0) {
            line.append(unparsedDates).append(unparsedDates == 1 ? " date did not parse and is left undated" : " dates did not parse and are left undated")
                    .append(" (first: ").append(firstUnparsed).append(')');
        }
        if (unexpectedTypes > 0) {
            line.append(line.length() > 0 ? "; " : "").append(unexpectedTypes)
                    .append(unexpectedTypes == 1 ? " value of an unexpected type is shown as text" : " values of unexpected types are shown as text")
                    .append(" (first: ").append(firstUnexpected).append(')');
        }
        return line.toString();
    }

    public synchronized void clear() {
        unparsedDates = 0;
        unexpectedTypes = 0;
        firstUnparsed = null;
        firstUnexpected = null;
        seen.clear();
    }
}
