package org.backchannel.session;

import java.util.List;
import java.util.stream.Collectors;
import org.backchannel.json.JsonProblem;

/**
 * A session file was refused. It lists every problem found, each with file, line, column and JSON
 * pointer; nothing of the file has been applied when it is thrown.
 */
public final class SessionException extends Exception {

    private final transient List<JsonProblem> problems;

    public SessionException(List<JsonProblem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a SessionException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public SessionException(JsonProblem problem) {
        this(List.of(problem));
    }

    public List<JsonProblem> problems() {
        return problems;
    }

    private static String summary(List<JsonProblem> problems) {
        String head = problems.size() == 1
                ? "The session was not opened: 1 problem."
                : "The session was not opened: " + problems.size() + " problems.";
        return problems.stream().map(JsonProblem::toString)
                .collect(Collectors.joining(System.lineSeparator(), head + System.lineSeparator(), ""));
    }
}
