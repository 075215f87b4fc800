package org.backchannel.model;

import java.util.List;
import java.util.Objects;

/**
 * A typed, directed link between two nodes. {@code channelId} names the channel a
 * {@link LinkType#SPOKE_WITH} exchange went through and is null for other types. A relationship of
 * someone else's database has a null {@code type} and its own type name in {@code otherType}.
 */
public record GraphLink(String id, LinkType type, String fromId, String toId, String channelId, String role,
                        String description, TimeSpan span, Certainty certainty, List<Citation> citations,
                        String otherType) {

    /** One of Backchannel's own links. */
    public GraphLink(String id, LinkType type, String fromId, String toId, String channelId, String role,
                     String description, TimeSpan span, Certainty certainty, List<Citation> citations) {
        this(id, Objects.requireNonNull(type, "type"), fromId, toId, channelId, role, description, span, certainty,
                citations, null);
    }

    public GraphLink {
        Objects.requireNonNull(id, "id");
        if (type == null && otherType == null) {
            throw new IllegalArgumentException("link " + id + " has neither a Backchannel type nor another");
        }
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
        span = span == null ? TimeSpan.UNDATED : span;
        certainty = certainty == null ? Certainty.ATTESTED : certainty;
        citations = List.copyOf(citations);
    }

    /** The link's type as a user reads it: Backchannel's code, or the other database's type name. */
    public String typeName() {
        return type != null ? type.code() : otherType;
    }
}
