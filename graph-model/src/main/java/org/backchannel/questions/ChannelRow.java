package org.backchannel.questions;

import java.util.List;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.TimeSpan;

/**
 * One channel between the two parties: its tier, who takes part, when it ran, the exchanges through it,
 * and the links that tie it to each side (the evidence that it connects them at all). {@code span} is
 * the channel's own dates, or when it has none the dates of its exchanges ({@code spanFromExchanges}).
 */
public record ChannelRow(GraphNode channel, Tier tier, List<GraphNode> participants, TimeSpan span,
                         boolean spanFromExchanges, List<GraphLink> exchanges, List<GraphLink> ties) {

    public ChannelRow {
        participants = List.copyOf(participants);
        exchanges = List.copyOf(exchanges);
        ties = List.copyOf(ties);
    }
}
