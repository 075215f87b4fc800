package org.backchannel.questions;

import java.util.List;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;

/**
 * Something the article warns about, found between the two parties, with the nodes and links it rests
 * on (their citations are its quotes). {@code certain} is false when partial dates only allow it.
 * A parallel flag names one back channel and every front channel beside it.
 */
public record ChannelFlag(Kind kind, String summary, boolean certain, List<GraphNode> nodes, List<GraphLink> links) {

    public enum Kind {
        /** A back channel and a front channel between the same parties active in the same period. */
        PARALLEL,
        /** A back-channel exchange by someone who then held no office in their side's government departments. */
        BYPASS
    }

    public ChannelFlag {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }
}
