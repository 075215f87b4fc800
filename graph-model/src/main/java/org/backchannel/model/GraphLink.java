package org.backchannel.model;

import java.util.List;
import java.util.Objects;

/**
 * A typed link between two nodes, from {@code fromId} to {@code toId} unless it is {@code mutual}. {@code channelId} names the channel a
 * {@link LinkType#SPOKE_WITH} exchange went through and is null for other types. A relationship of
 * someone else's database has a null {@code type} and its own type name in {@code otherType}.
 *
 * <p>{@code sourceIds} are the sources its citations come from, each once, in order. A link read for
 * an overview is an outline: it has its source ids, for tables and captions, but not the citations
 * themselves nor its description, which the details pane asks the store for.
 *
 * <p>{@code mutual} marks an exchange that has no direction, such as a meeting its parties attended
 * together (recorded in someone else's database as a node): its ends are stored in some order, but
 * neither spoke first, so it is drawn and written without an arrow.
 */
public record GraphLink(String id, LinkType type, String fromId, String toId, String channelId, String role,
                        String description, TimeSpan span, Certainty certainty, List<Citation> citations,
                        String otherType, List<String> sourceIds, boolean mutual) {

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

    /** A link with a direction (every link of Backchannel's own data has one). */
    public GraphLink(String id, LinkType type, String fromId, String toId, String channelId, String role,
                     String description, TimeSpan span, Certainty certainty, List<Citation> citations,
                     String otherType, List<String> sourceIds) {
        this(id, type, fromId, toId, channelId, role, description, span, certainty, citations, otherType, sourceIds, false);
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
