package org.backchannel.dataset;

import java.util.ArrayList;
import java.util.List;

/** Collects problems with their locations, up to a cap so that a broken file cannot flood the user. */
final class ProblemLog {

    static final int MAX_PROBLEMS = 100;

    private final String file;
    private final Places locations;
    private final List<DatasetProblem> problems = new ArrayList<>();
    private int dropped;

    ProblemLog(String file, Places locations) {
        this.file = file;
        this.locations = locations;
    }

    void add(String pointer, String message, String hint) {
        if (problems.size() >= MAX_PROBLEMS) {
            dropped++;
            return;
        }
        JsonLocations.Position at = locations.find(pointer);
        DatasetProblem problem = new DatasetProblem(locations.fileOf(pointer).orElse(file), at.line(), at.column(),
                locations.name(pointer), message, hint);
        // A sheet's row feeds several elements (its exchange, its parties): one bad cell is reported once.
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
    }

    /** Where the value at {@code pointer} is written, as "file:line:column". */
    String place(String pointer) {
        JsonLocations.Position at = locations.find(pointer);
        return locations.fileOf(pointer).orElse(file) + ":" + at.line() + ":" + at.column();
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    void throwIfAny() throws DatasetException {
        if (problems.isEmpty()) {
            return;
        }
        List<DatasetProblem> all = new ArrayList<>(problems);
        if (dropped > 0) {
            all.add(new DatasetProblem(file, 1, 1, "", dropped + " further problems were not listed",
                    "fix the ones above and import again"));
        }
        throw new DatasetException(all);
    }
}
