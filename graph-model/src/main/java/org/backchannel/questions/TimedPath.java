package org.backchannel.questions;

import java.time.LocalDate;
import java.util.List;

/**
 * A path in which every step may happen no earlier than the one before it. {@code earliestArrival} is
 * the first day the message may have reached the last node.
 */
public record TimedPath(List<TimedStep> steps, LocalDate earliestArrival) {

    public TimedPath {
        steps = List.copyOf(steps);
    }

    public int hops() {
        return steps.size();
    }

    /** Whether the dates leave the order of at least one pair of consecutive steps open. */
    public boolean orderUncertain() {
        return steps.stream().anyMatch(TimedStep::orderUncertain);
    }
}
