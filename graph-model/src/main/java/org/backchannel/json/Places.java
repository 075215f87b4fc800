package org.backchannel.json;

/**
 * Where a field of a document is written in the file it came from: a JSON value, or a spreadsheet cell.
 * Pointers are JSON pointers into the dataset model either way, so one validator serves both.
 */
public interface Places {

    /** Line (or row) and column of the field at {@code pointer}, or of its nearest known ancestor. */
    JsonLocations.Position find(String pointer);

    /** The file the field is written in, when it is not the one being read (a mapping's default, say). */
    default java.util.Optional<String> fileOf(String pointer) {
        return java.util.Optional.empty();
    }

    /** How a message names the field: its JSON pointer, or a spreadsheet column. */
    default String name(String pointer) {
        return pointer;
    }
}
