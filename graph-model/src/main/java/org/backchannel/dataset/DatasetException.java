package org.backchannel.dataset;

import java.util.List;
import java.util.stream.Collectors;
import org.backchannel.json.JsonProblem;

/**
 * The only exception the dataset reader and importer let escape for bad input. It lists every
 * problem found, each with file, line, column and JSON pointer. Nothing has been written when it is thrown.
 */
public final class DatasetException extends Exception {

    private final transient List<DatasetProblem> problems;

    public DatasetException(List<DatasetProblem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a DatasetException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public DatasetException(DatasetProblem problem) {
        this(List.of(problem));
    }

    static DatasetException of(List<JsonProblem> problems) {
        return new DatasetException(problems.stream().map(DatasetProblem::of).toList());
    }

    public List<DatasetProblem> problems() {
        return problems;
    }

    private static String summary(List<DatasetProblem> problems) {
        String head = problems.size() == 1
                ? "The dataset was not imported: 1 problem."
                : "The dataset was not imported: " + problems.size() + " problems.";
        return problems.stream().map(DatasetProblem::toString)
                .collect(Collectors.joining(System.lineSeparator(), head + System.lineSeparator(), ""));
    }
}
