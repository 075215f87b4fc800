package org.backchannel.model;

import java.util.List;
import java.util.Objects;

/**
 * A typed, directed link between two nodes. {@code channelId} names the channel a
 * {@link LinkType#SPOKE_WITH} exchange went through and is null for other types.
 */
public record GraphLink(String id, LinkType type, String fromId, String toId, String channelId, String role,
                        String description, TimeSpan span, Certainty certainty, List<Citation> citations) {

    public GraphLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
        span = span == null ? TimeSpan.UNDATED : span;
        certainty = certainty == null ? Certainty.ATTESTED : certainty;
        citations = List.copyOf(citations);
    }
}
