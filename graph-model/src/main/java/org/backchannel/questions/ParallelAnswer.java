package org.backchannel.questions;

import java.util.List;
import org.backchannel.model.GraphNode;

/**
 * Every channel between two parties side by side, front channels first then back, each in order of
 * its start; the flags the data supports; and what the data cannot say ({@code limits}), in words.
 */
public record ParallelAnswer(GraphNode first, GraphNode second, List<ChannelRow> channels, List<ChannelFlag> flags,
                             List<String> limits) {

    public ParallelAnswer {
        channels = List.copyOf(channels);
        flags = List.copyOf(flags);
        limits = List.copyOf(limits);
    }
}
