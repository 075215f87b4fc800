package org.backchannel.questions;

import java.util.List;
import org.backchannel.model.GraphNode;

/**
 * A chain of {@code led-to} links ending at an outcome, first cause first. {@code evidence} counts the
 * sources cited by every link in it (led-to, taking part, exchanges): more sources, firmer chain.
 */
public record OutcomeChain(List<ChainStep> steps, int evidence) {

    public OutcomeChain {
        steps = List.copyOf(steps);
    }

    public GraphNode outcome() {
        return steps.get(steps.size() - 1).node();
    }

    /** How many {@code led-to} links the chain has. */
    public int length() {
        return steps.size() - 1;
    }

    static int evidenceOf(List<ChainStep> steps) {
        int sources = 0;
        for (ChainStep step : steps) {
            if (step.ledTo() != null) {
                sources += step.ledTo().sourceIds().size();
            }
            sources += step.takingPart().stream().mapToInt(l -> l.sourceIds().size()).sum();
            sources += step.exchanges().stream().mapToInt(l -> l.sourceIds().size()).sum();
        }
        return sources;
    }
}
