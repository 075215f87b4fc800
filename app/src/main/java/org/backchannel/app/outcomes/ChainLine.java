package org.backchannel.app.outcomes;

import java.util.List;
import java.util.Set;

/**
 * One chain to an outcome as the list shows it: its rank, how many led-to links and source citations it
 * has, the nodes along it in a line, what picking it highlights and its steps.
 */
public record ChainLine(int rank, int length, int evidence, String route, Set<String> ids, List<StepLine> steps) {

    public ChainLine {
        ids = Set.copyOf(ids);
        steps = List.copyOf(steps);
    }

    public String label() {
        return rank + ". " + route + "  (" + length + " led-to, " + evidence + " citations)";
    }
}
