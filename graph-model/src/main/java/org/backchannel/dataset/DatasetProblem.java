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
        // One wording for every refused file: the dataset's problems read like a session's.
        return new JsonProblem(file, line, column, pointer, message, hint).toString();
    }
}
