package org.backchannel.model;

import java.util.List;
import java.util.Objects;

/**
 * An actor, organization, channel, event or outcome. {@code category} is null for channels;
 * {@code channelType} and {@code secrecy} are null for everything else.
 */
public record GraphNode(String id, NodeKind kind, String name, List<String> aliases, String category,
                        ChannelType channelType, Secrecy secrecy, String description, TimeSpan span,
                        Certainty certainty, List<Citation> citations) {

    public GraphNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        span = span == null ? TimeSpan.UNDATED : span;
        certainty = certainty == null ? Certainty.ATTESTED : certainty;
        citations = List.copyOf(citations);
    }
}
