package org.backchannel.json;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Collects problems with their locations, up to a cap so that a broken file cannot flood the user. */
public final class ProblemLog {

    static final int MAX_PROBLEMS = 100;

    private final String file;
    private final Places locations;
    private final List<JsonProblem> problems = new ArrayList<>();
    private int dropped;

    public ProblemLog(String file, Places locations) {
        this.file = file;
        this.locations = locations;
    }

    public void add(String pointer, String message, String hint) {
        if (problems.size() >= MAX_PROBLEMS) {
            dropped++;
            return;
        }
        JsonLocations.Position at = locations.find(pointer);
        JsonProblem problem = new JsonProblem(locations.fileOf(pointer).orElse(file), at.line(), at.column(),
                locations.name(pointer), message, hint);
        // A sheet's row feeds several elements (its exchange, its parties): one bad cell is reported once.
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
    }

    /** Where the value at {@code pointer} is written, as "file:line:column". */
    public String place(String pointer) {
        JsonLocations.Position at = locations.find(pointer);
        return locations.fileOf(pointer).orElse(file) + ":" + at.line() + ":" + at.column();
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws what {@code refusal} makes of the problems, if there are any. */
    public <E extends Exception> void throwIfAny(Function<List<JsonProblem>, E> refusal) throws E {
        if (problems.isEmpty()) {
            return;
        }
        List<JsonProblem> all = new ArrayList<>(problems);
        if (dropped > 0) {
            all.add(JsonProblem.ofFile(file, dropped + " further problems were not listed", "fix the ones above and try again"));
        }
        throw refusal.apply(all);
    }
}
