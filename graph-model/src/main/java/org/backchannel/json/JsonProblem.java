package org.backchannel.json;

/**
 * One reason a JSON file was refused: where (file, 1-based line and column, JSON pointer of the field)
 * and what to do about it.
 */
public record JsonProblem(String file, int line, int column, String pointer, String message, String hint) {

    /** A problem with the file as a whole, reported at its first character. */
    public static JsonProblem ofFile(String file, String message, String hint) {
        return new JsonProblem(file, 1, 1, "", message, hint);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder()
                .append(file).append(':').append(line).append(':').append(column)
                .append(": at ").append(pointer.isEmpty() ? "(document)" : pointer)
                .append(": ").append(message);
        if (hint != null && !hint.isBlank()) {
            text.append(" — ").append(hint);
        }
        return text.toString();
    }
}
