package org.backchannel.app.datasets;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backchannel.dataset.DatasetException;
import org.backchannel.dataset.DatasetProblem;
import org.backchannel.store.ImportRefusedException;

/**
 * One reason a file was not imported, as the window lists it: the place ({@code file:row:column},
 * a row being a line of a JSON file), the field or the sheet's cell with its column's header, what
 * is wrong and what to do.
 */
public record ProblemRow(String place, String where, String message, String hint) {

    private static final Pattern STORE_LINE = Pattern.compile("(?s)(\\S+:\\d+:\\d+): (.*?)(?: \u2014 (.*))?");

    /** The whole problem in one paragraph, for the line under the table. */
    public String sentence() {
        String at = place.isEmpty() ? "" : place + (where.isEmpty() ? "" : " (" + where + ")") + ": ";
        return at + message + (hint.isEmpty() ? "" : " \u2014 " + hint);
    }

    static ProblemRow of(DatasetProblem problem) {
        return new ProblemRow(problem.file() + ":" + problem.line() + ":" + problem.column(), problem.pointer(),
                problem.message(), problem.hint() == null ? "" : problem.hint());
    }

    /**
     * A line of the store's refusal, "FILE:LINE:COLUMN: what … at OTHER:LINE:COLUMN — hint": its first
     * place and its hint get their own columns; the other dataset's place stays in the message.
     */
    static ProblemRow ofStoreLine(String line) {
        Matcher m = STORE_LINE.matcher(line);
        if (!m.matches()) {
            return new ProblemRow("", "", line, "");
        }
        return new ProblemRow(m.group(1), "", m.group(2), m.group(3) == null ? "" : m.group(3));
    }

    /** The problems of a refused file or of a store that would not take it; one row for anything else. */
    static List<ProblemRow> of(Throwable refusal) {
        if (refusal instanceof DatasetException e) {
            return e.problems().stream().map(ProblemRow::of).toList();
        }
        if (refusal instanceof ImportRefusedException e) {
            return e.problems().stream().map(ProblemRow::ofStoreLine).toList();
        }
        return List.of(new ProblemRow("", "", String.valueOf(refusal.getMessage()), ""));
    }
}
