package org.backchannel.app.channels;

import java.util.List;
import java.util.Set;

/** One flag (parallel or bypass) as the list shows it: its kind, what it says, what it highlights, the quotes it rests on. */
public record FlagLine(String kind, String summary, Set<String> ids, List<String> evidence) {

    public FlagLine {
        ids = Set.copyOf(ids);
        evidence = List.copyOf(evidence);
    }

    /** What the list shows: kind and sentence. */
    public String label() {
        return kind + ": " + summary;
    }
}
