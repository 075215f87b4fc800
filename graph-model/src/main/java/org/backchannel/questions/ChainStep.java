package org.backchannel.questions;

import java.util.List;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;

/**
 * One node on the way to an outcome: the {@code led-to} link to the next node (null on the outcome
 * itself), who took part in it ({@code participates-in} or {@code took-part-in}), and for a channel the
 * exchanges through it that may have come before the outcome.
 */
public record ChainStep(GraphNode node, GraphLink ledTo, List<GraphLink> takingPart, List<GraphLink> exchanges) {

    public ChainStep {
        takingPart = List.copyOf(takingPart);
        exchanges = List.copyOf(exchanges);
    }
}
