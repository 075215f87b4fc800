package org.backchannel.perspective;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.backchannel.model.ChannelType;

/**
 * How someone else's Neo4j database maps onto Backchannel's model, as Neo4j Bloom's perspectives map a
 * database onto what Bloom shows: what each label and relationship type stands for, which properties
 * hold names, dates, channel types, secrecy and evidence, how dates are written, and how the store's
 * channel-type values map onto Backchannel's vocabulary (a value left unmapped stays its own legend
 * entry). Labels and types it does not name are "other". Plain data: the store reads through it,
 * the app shows and edits it, files carry it ({@code docs/perspective-format.md}).
 *
 * @param labels            role of each label
 * @param relationshipTypes role of each relationship type
 * @param dateFormats       how each date property is written; {@link DateFormat#ISO} for one not named
 * @param channelTypes      store value (as written, compared without case) → Backchannel's channel type
 * @param exchangeChannels  an exchange label or type → the channel-type value its exchanges have when
 *                          they carry no channel-type property (every {@code SENT_CABLE} is a "cable")
 */
public record Perspective(Map<String, NodeRole> labels, Map<String, LinkRole> relationshipTypes, PropertyRoles properties,
                          Map<String, DateFormat> dateFormats, Map<String, ChannelType> channelTypes,
                          Map<String, String> exchangeChannels) {

    public static final Perspective EMPTY = new Perspective(Map.of(), Map.of(), PropertyRoles.NONE, Map.of(), Map.of(), Map.of());

    public Perspective {
        labels = sorted(labels);
        relationshipTypes = sorted(relationshipTypes);
        dateFormats = sorted(dateFormats);
        TreeMap<String, ChannelType> values = new TreeMap<>();
        channelTypes.forEach((value, type) -> values.put(value.toLowerCase(Locale.ROOT), type));
        channelTypes = java.util.Collections.unmodifiableMap(values);
        exchangeChannels = sorted(exchangeChannels);
    }

    /** The role of a node with these labels: the first that is not "other", in {@link NodeRole}'s order. */
    public NodeRole roleOf(Collection<String> nodeLabels) {
        NodeRole best = NodeRole.OTHER;
        for (String label : nodeLabels) {
            NodeRole role = labels.getOrDefault(label, NodeRole.OTHER);
            if (role.ordinal() < best.ordinal()) {
                best = role;
            }
        }
        return best;
    }

    public LinkRole roleOf(String relationshipType) {
        return relationshipTypes.getOrDefault(relationshipType, LinkRole.OTHER);
    }

    /** The labels with one of these roles, sorted. */
    public List<String> labelsWith(NodeRole... roles) {
        List<String> found = new ArrayList<>();
        labels.forEach((label, role) -> {
            if (List.of(roles).contains(role)) {
                found.add(label);
            }
        });
        return found;
    }

    /** The relationship types with one of these roles, sorted. */
    public List<String> typesWith(LinkRole... roles) {
        List<String> found = new ArrayList<>();
        relationshipTypes.forEach((type, role) -> {
            if (List.of(roles).contains(role)) {
                found.add(type);
            }
        });
        return found;
    }

    public DateFormat dateFormat(String property) {
        return dateFormats.getOrDefault(property, DateFormat.ISO);
    }

    /**
     * Backchannel's channel type for a store's value: the perspective's mapping first, then the value
     * itself when it is one of Backchannel's codes or names; empty when it stays its own.
     */
    public Optional<ChannelType> channelType(String value) {
        String key = value.strip().toLowerCase(Locale.ROOT);
        ChannelType mapped = channelTypes.get(key);
        if (mapped != null) {
            return Optional.of(mapped);
        }
        for (ChannelType type : ChannelType.values()) {
            if (type.code().equals(key) || type.displayName().toLowerCase(Locale.ROOT).equals(key)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Whether the perspective reads dates at all: without, the era filter is off. */
    public boolean hasDates() {
        return !(properties.date().isEmpty() && properties.start().isEmpty() && properties.end().isEmpty());
    }

    private static <V> Map<String, V> sorted(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
