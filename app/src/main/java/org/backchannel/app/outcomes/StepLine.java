package org.backchannel.app.outcomes;

import java.util.List;

/** One step of a chain: the node, what it is, when, who took part, and the evidence (exchanges, the led-to link) with quotes. */
public record StepLine(int number, String nodeId, String name, String kind, String when, String takingPart, List<String> evidence) {

    public StepLine {
        evidence = List.copyOf(evidence);
    }

    /** The evidence as one block of text, a line each, for a table cell that wraps. */
    public String evidenceText() {
        return String.join("\n", evidence);
    }
}
