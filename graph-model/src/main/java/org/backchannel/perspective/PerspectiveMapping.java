package org.backchannel.perspective;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.backchannel.model.Certainty;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Citation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.Secrecy;
import org.backchannel.model.TimeSpan;

/**
 * Turns the elements of someone else's database, as plain labels and property maps, into Backchannel's
 * nodes and links through a {@link Perspective}. Nodes keep their element id as id. An exchange gets
 * its channel as a node of its own per channel-type value ({@link #channelNode}), so that the
 * channel-type filter, the exchanges table and paths treat it as they treat Backchannel's exchanges.
 * A value that cannot be read as what its role needs is shown as text and counted in {@link #notes()}.
 */
public final class PerspectiveMapping {

    /** Ids of the channel nodes exchanges go through: never an element id, which has no such prefix. */
    public static final String CHANNEL_PREFIX = "perspective-channel:";
    static final String LABELS = "labels";

    private final Perspective perspective;
    private final ValueNotes notes;
    private final PropertyValues values;

    public PerspectiveMapping(Perspective perspective, ValueNotes notes) {
        this.perspective = perspective;
        this.notes = notes;
        this.values = new PropertyValues(perspective, notes);
    }

    public Perspective perspective() {
        return perspective;
    }

    public ValueNotes notes() {
        return notes;
    }

    /** A party of an exchange recorded as a node: its node id and how it hangs off the exchange. */
    public record Party(String nodeId, LinkRole role) {
    }

    /** A node: of its role's kind, or, for labels left "other", shown as itself with its labels and properties. */
    public GraphNode node(String id, Collection<String> labels, Map<String, Object> properties) {
        NodeRole role = perspective.roleOf(labels);
        String name = name(id, labels, properties);
        Optional<NodeKind> kind = role.kind();
        if (kind.isEmpty()) {
            Map<String, String> shown = new LinkedHashMap<>();
            shown.put(LABELS, String.join(", ", labels));
            new TreeMap<>(properties).forEach((key, value) -> shown.put(key, ValueText.of(value)));
            return new GraphNode(id, null, name, List.of(), null, null, null, null, null, null, List.of(), shown);
        }
        ChannelType channelType = null;
        Secrecy secrecy = null;
        if (kind.get() == NodeKind.CHANNEL) {
            channelType = channelValue(id, properties).flatMap(perspective::channelType).orElse(null);
            secrecy = secrecy(id, properties);
        }
        String category = kind.get().needsCategory() ? firstLabel(labels, role).toLowerCase(Locale.ROOT) : null;
        return new GraphNode(id, kind.get(), name, List.of(), category, channelType, secrecy, describe(labels, properties),
                values.span(id, properties), Certainty.ATTESTED, citations(id, properties));
    }

    /**
     * A relationship between two drawn nodes: an exchange, a participation or a led-to in Backchannel's
     * terms, or, for other types, a link of its own type.
     */
    public GraphLink link(String id, String type, String fromId, String toId, NodeKind toKind, Map<String, Object> properties) {
        LinkRole role = perspective.roleOf(type);
        Optional<LinkType> linkType = role.linkType(toKind);
        if (linkType.isEmpty()) {
            return new GraphLink(id, null, fromId, toId, null, null, null, null, null, List.of(), type);
        }
        String channel = linkType.get() == LinkType.SPOKE_WITH ? channelId(id, properties, type) : null;
        return new GraphLink(id, linkType.get(), fromId, toId, channel, null, describe(List.of(type), properties),
                values.span(id, properties), Certainty.ATTESTED, citations(id, properties));
    }

    /**
     * An exchange recorded as a node, as exchanges between its parties: from each sender to each
     * recipient and each other party; without senders (a meeting its parties attended), a mutual
     * exchange between every two parties, which no arrow may give a direction the store does not record.
     * The node's own properties give each link its date, channel and evidence.
     */
    public List<GraphLink> exchangeLinks(String id, Collection<String> labels, Map<String, Object> properties, List<Party> parties) {
        List<String> senders = parties.stream().filter(p -> p.role() == LinkRole.FROM).map(Party::nodeId).distinct().toList();
        List<String> others = parties.stream().filter(p -> p.role() != LinkRole.FROM).map(Party::nodeId)
                .filter(p -> !senders.contains(p)).distinct().toList();
        List<String[]> pairs = new ArrayList<>();
        if (!senders.isEmpty()) {
            for (String from : senders) {
                for (String to : others) {
                    pairs.add(new String[] {from, to});
                }
            }
        } else {
            for (int i = 0; i < others.size(); i++) {
                for (int j = i + 1; j < others.size(); j++) {
                    pairs.add(new String[] {others.get(i), others.get(j)});
                }
            }
        }
        String label = firstLabel(labels, NodeRole.EXCHANGE);
        String channel = channelId(id, properties, label);
        TimeSpan span = values.span(id, properties);
        List<Citation> citations = citations(id, properties);
        List<String> sourceIds = citations.stream().map(Citation::sourceId).distinct().toList();
        String description = name(id, labels, properties) + "\n" + describe(labels, properties);
        List<GraphLink> links = new ArrayList<>();
        for (String[] pair : pairs) {
            links.add(new GraphLink(exchangeLinkId(id, pair[0], pair[1]), LinkType.SPOKE_WITH, pair[0], pair[1], channel, null,
                    description, span, Certainty.ATTESTED, citations, null, sourceIds, senders.isEmpty()));
        }
        return links;
    }

    /** The id of one of the links an exchange node is drawn as; {@link #exchangeNodeOf} reads it back. */
    public static String exchangeLinkId(String exchangeNodeId, String fromId, String toId) {
        return exchangeNodeId + "|" + fromId + "|" + toId;
    }

    /** The exchange node a link drawn for it stands for; empty for any other link id. */
    public static Optional<String> exchangeNodeOf(String linkId) {
        int bar = linkId.indexOf('|');
        return bar < 0 ? Optional.empty() : Optional.of(linkId.substring(0, bar));
    }

    /** The channel node exchanges with this channel-type value go through. */
    public GraphNode channelNode(String value) {
        ChannelType type = perspective.channelType(value).orElse(null);
        String name = type == null ? value : value + " (" + type.displayName() + ")";
        return new GraphNode(channelNodeId(value), NodeKind.CHANNEL, name, List.of(), null, type, null,
                "Exchanges the store records with channel type \"" + value + "\"", TimeSpan.UNDATED, Certainty.ATTESTED, List.of());
    }

    public static boolean isChannelNode(String id) {
        return id.startsWith(CHANNEL_PREFIX);
    }

    /** The channel-type value a channel node id was made from. */
    public static String channelValueOf(String channelNodeId) {
        return channelNodeId.substring(CHANNEL_PREFIX.length());
    }

    private static String channelNodeId(String value) {
        return CHANNEL_PREFIX + value.strip().toLowerCase(Locale.ROOT);
    }

    private String channelId(String id, Map<String, Object> properties, String typeOrLabel) {
        Optional<String> value = channelValue(id, properties);
        if (value.isEmpty()) {
            value = Optional.ofNullable(perspective.exchangeChannels().get(typeOrLabel));
        }
        return value.filter(v -> !v.isBlank()).map(PerspectiveMapping::channelNodeId).orElse(null);
    }

    private Optional<String> channelValue(String id, Map<String, Object> properties) {
        return values.text(id, perspective.properties().channelType(), properties);
    }

    private Secrecy secrecy(String id, Map<String, Object> properties) {
        return values.text(id, perspective.properties().secrecy(), properties)
                .flatMap(v -> Secrecy.fromCode(v.strip().toLowerCase(Locale.ROOT))).orElse(null);
    }

    private String name(String id, Collection<String> labels, Map<String, Object> properties) {
        return values.text(id, perspective.properties().name(), properties)
                .filter(n -> !n.isBlank())
                .orElseGet(() -> String.join(":", labels) + " " + shortId(id));
    }

    private List<Citation> citations(String id, Map<String, Object> properties) {
        Optional<String> quote = values.text(id, perspective.properties().quote(), properties);
        if (quote.isEmpty() || quote.get().isBlank()) {
            return List.of();
        }
        String source = values.text(id, perspective.properties().source(), properties).filter(s -> !s.isBlank()).orElse("the store");
        return List.of(new Citation(source, quote.get(), null));
    }

    /** The store's own properties as lines, so that the details pane shows every value, read or not. */
    private static String describe(Collection<String> labels, Map<String, Object> properties) {
        StringBuilder text = new StringBuilder(String.join(", ", labels));
        new TreeMap<>(properties).forEach((key, value) -> text.append('\n').append(key).append(": ").append(ValueText.of(value)));
        return text.toString();
    }

    private String firstLabel(Collection<String> labels, NodeRole role) {
        return labels.stream().filter(l -> perspective.labels().get(l) == role).sorted().findFirst()
                .orElse(labels.isEmpty() ? "" : labels.iterator().next());
    }

    private static String shortId(String elementId) {
        int colon = elementId.lastIndexOf(':');
        return colon < 0 ? elementId : "#" + elementId.substring(colon + 1);
    }
}
