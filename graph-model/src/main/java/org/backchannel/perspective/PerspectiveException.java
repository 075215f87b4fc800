package org.backchannel.perspective;

import java.util.List;
import java.util.stream.Collectors;
import org.backchannel.json.JsonProblem;

/**
 * A perspective was refused: a file that is malformed, or a perspective that names what the store
 * does not have. It lists every problem with where it is; the perspective in use stays.
 */
public final class PerspectiveException extends Exception {

    private final transient List<JsonProblem> problems;

    public PerspectiveException(List<JsonProblem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a PerspectiveException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public PerspectiveException(JsonProblem problem) {
        this(List.of(problem));
    }

    public List<JsonProblem> problems() {
        return problems;
    }

    private static String summary(List<JsonProblem> problems) {
        String head = "The perspective was not used: " + problems.size() + (problems.size() == 1 ? " problem." : " problems.");
        return problems.stream().map(JsonProblem::toString)
                .collect(Collectors.joining(System.lineSeparator(), head + System.lineSeparator(), ""));
    }
}
