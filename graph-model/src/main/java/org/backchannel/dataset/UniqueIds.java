package org.backchannel.dataset;

import java.util.HashSet;
import java.util.Set;
import org.backchannel.json.ProblemLog;

/** The ids of a dataset's nodes and links, which share one namespace: the second use of an id is refused. */
final class UniqueIds {

    private final ProblemLog log;
    private final FieldChecks check;
    private final Set<String> used = new HashSet<>();

    UniqueIds(ProblemLog log, FieldChecks check) {
        this.log = log;
        this.check = check;
    }

    /** The id when it is a valid slug not used before, else null after logging why. */
    String claim(String value, String pointer) {
        String id = check.slug(value, pointer);
        if (id != null && !used.add(id)) {
            log.add(pointer, "id \"" + id + "\" is used twice", "ids must be unique across all nodes and links");
            return null;
        }
        return id;
    }
}
