package org.backchannel.model;

import java.util.List;
import java.util.Objects;

/**
 * A typed, directed link between two nodes. {@code channelId} names the channel a
 * {@link LinkType#SPOKE_WITH} exchange went through and is null for other types. A relationship of
 * someone else's database has a null {@code type} and its own type name in {@code otherType}.
 *
 * <p>{@code sourceIds} are the sources its citations come from, each once, in order. A link read for
 * an overview is an outline: it has its source ids, for tables and captions, but not the citations
 * themselves nor its description, which the details pane asks the store for.
 */
public record GraphLink(String id, LinkType type, String fromId, String toId, String channelId, String role,
                        String description, TimeSpan span, Certainty certainty, List<Citation> citations,
                        String otherType, List<String> sourceIds) {

    /** One of Backchannel's own links, whole. */
    public GraphLink(String id, LinkType type, String fromId, String toId, String channelId, String role,
                     String description, TimeSpan span, Certainty certainty, List<Citation> citations) {
        this(id, Objects.requireNonNull(type, "type"), fromId, toId, channelId, role, description, span, certainty,
                citations, null);
    }

    /** A whole link: its source ids are those of its citations. */
    public GraphLink(String id, LinkType type, String fromId, String toId, String channelId, String role,
                     String description, TimeSpan span, Certainty certainty, List<Citation> citations, String otherType) {
        this(id, type, fromId, toId, channelId, role, description, span, certainty, citations, otherType,
                citations.stream().map(Citation::sourceId).distinct().toList());
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
        sourceIds = List.copyOf(sourceIds);
        if (!citations.isEmpty() && !sourceIds.equals(citations.stream().map(Citation::sourceId).distinct().toList())) {
            throw new IllegalArgumentException("link " + id + " names other sources than its citations cite");
        }
    }

    /** The link's type as a user reads it: Backchannel's code, or the other database's type name. */
    public String typeName() {
        return type != null ? type.code() : otherType;
    }
}
