package org.backchannel.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An actor, organization, channel, event or outcome. {@code category} is null for channels;
 * {@code channelType} and {@code secrecy} are null for everything else.
 *
 * <p>A node of someone else's database, whose labels Backchannel does not know, has a null
 * {@code kind}; {@code otherProperties} then holds its labels and properties as text, for the
 * details pane. Backchannel's own nodes have none.
 *
 * <p>A node of Backchannel's read for an overview is an outline: everything but its description and
 * citations, which only the details pane shows and asks the store for.
 */
public record GraphNode(String id, NodeKind kind, String name, List<String> aliases, String category,
                        ChannelType channelType, Secrecy secrecy, String description, TimeSpan span,
                        Certainty certainty, List<Citation> citations, Map<String, String> otherProperties) {

    public GraphNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        span = span == null ? TimeSpan.UNDATED : span;
        certainty = certainty == null ? Certainty.ATTESTED : certainty;
        citations = List.copyOf(citations);
        otherProperties = Map.copyOf(otherProperties);
        if (kind == null && otherProperties.isEmpty()) {
            throw new IllegalArgumentException("node " + id + " has no kind and nothing else to say what it is");
        }
    }

    /** One of Backchannel's own nodes. */
    public GraphNode(String id, NodeKind kind, String name, List<String> aliases, String category,
                     ChannelType channelType, Secrecy secrecy, String description, TimeSpan span,
                     Certainty certainty, List<Citation> citations) {
        this(id, Objects.requireNonNull(kind, "kind"), name, aliases, category, channelType, secrecy, description, span,
                certainty, citations, Map.of());
    }

    /** Whether this node comes from a part of the database Backchannel does not know. */
    public boolean isForeign() {
        return kind == null;
    }
}
