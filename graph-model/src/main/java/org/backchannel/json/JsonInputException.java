package org.backchannel.json;

/** A JSON document could not be parsed or bound; says where. Readers turn it into their own refusal. */
public final class JsonInputException extends Exception {

    private final transient JsonProblem problem;

    public JsonInputException(JsonProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public JsonProblem problem() {
        return problem;
    }
}
