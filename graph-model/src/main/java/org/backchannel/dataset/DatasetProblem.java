package org.backchannel.dataset;

import org.backchannel.json.JsonProblem;

/**
 * One reason a dataset was refused: where (file, 1-based line and column, JSON pointer of the field)
 * and what to do about it.
 */
public record DatasetProblem(String file, int line, int column, String pointer, String message, String hint) {

    static DatasetProblem of(JsonProblem problem) {
        return new DatasetProblem(problem.file(), problem.line(), problem.column(), problem.pointer(), problem.message(), problem.hint());
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
