package org.backchannel.render;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.backchannel.model.ChannelType;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.Secrecy;

/**
 * Which entries a legend lists. A legend for a figure usually lists only what the figure shows
 * ({@link #of(GraphScene)}); a legend beside the canvas may list everything ({@link #all()}) so that it
 * does not jump about while the user filters.
 *
 * @param unknownKind whether to list an "Other" entry for nodes of labels the app does not know
 * @param neutralLinks the link types shown in a neutral grey, not in a channel's colour (see
 *                     {@link Palette#linkStyle}): each of their groups gets an entry naming them
 * @param otherGroups the labels of such nodes that have their own colour, one entry each, sorted
 * @param nodeKey what node sizes (and, by community, colours) mean; null for no such entries
 * @param directions which ways the exchanges drawn go: listed when any is mutual (drawn without an arrowhead),
 *                   so that the missing arrowhead reads as "met together" and not as a drawing fault
 */
public record LegendContent(Set<NodeKind> kinds, boolean unknownKind, Set<ChannelType> channelTypes,
                            Set<Secrecy> secrecies, Set<LinkType> neutralLinks, SortedSet<String> otherGroups, NodeKey nodeKey,
                            ExchangeDirections directions) {

    /** Which ways the drawn exchanges go: one way (from sender to recipient), mutual, or both kinds. */
    public record ExchangeDirections(boolean oneWay, boolean mutual) {
        public static final ExchangeDirections NONE = new ExchangeDirections(false, false);
    }

    /** Exchanges all with their direction, as in Backchannel's own data: no entry for directions. */
    public LegendContent(Set<NodeKind> kinds, boolean unknownKind, Set<ChannelType> channelTypes,
                         Set<Secrecy> secrecies, Set<LinkType> neutralLinks, SortedSet<String> otherGroups, NodeKey nodeKey) {
        this(kinds, unknownKind, channelTypes, secrecies, neutralLinks, otherGroups, nodeKey, ExchangeDirections.NONE);
    }

    /** Without entries for node sizes or communities. */
    public LegendContent(Set<NodeKind> kinds, boolean unknownKind, Set<ChannelType> channelTypes,
                         Set<Secrecy> secrecies, Set<LinkType> neutralLinks, SortedSet<String> otherGroups) {
        this(kinds, unknownKind, channelTypes, secrecies, neutralLinks, otherGroups, null);
    }

    /** Nodes and channels only: no neutral links, no labels of someone else's database. */
    public LegendContent(Set<NodeKind> kinds, boolean unknownKind, Set<ChannelType> channelTypes, Set<Secrecy> secrecies) {
        this(kinds, unknownKind, channelTypes, secrecies, Set.of(), new TreeSet<>());
    }

    public LegendContent {
        otherGroups = Collections.unmodifiableSortedSet(new TreeSet<>(otherGroups));
        kinds = Set.copyOf(kinds);
        channelTypes = Set.copyOf(channelTypes);
        secrecies = Set.copyOf(secrecies);
        neutralLinks = Set.copyOf(neutralLinks);
        directions = directions == null ? ExchangeDirections.NONE : directions;
    }

    /** Every kind, channel type, secrecy and neutral link type (but no "Other", which only a foreign database brings). */
    public static LegendContent all() {
        return new LegendContent(EnumSet.allOf(NodeKind.class), false, EnumSet.allOf(ChannelType.class),
                EnumSet.allOf(Secrecy.class), EnumSet.allOf(LinkType.class), new TreeSet<>());
    }

    /** Only what appears in the scene. */
    public static LegendContent of(GraphScene scene) {
        Set<NodeKind> kinds = EnumSet.noneOf(NodeKind.class);
        boolean unknown = false;
        SortedSet<String> groups = new TreeSet<>();
        for (SceneNode node : scene.nodes()) {
            if (node.kind() == null && node.group() != null) {
                groups.add(node.group());
            } else if (node.kind() == null) {
                unknown = true;
            } else {
                kinds.add(node.kind());
            }
        }
        Set<ChannelType> channelTypes = EnumSet.noneOf(ChannelType.class);
        Set<Secrecy> secrecies = EnumSet.noneOf(Secrecy.class);
        Set<LinkType> neutral = EnumSet.noneOf(LinkType.class);
        boolean oneWay = false;
        boolean mutual = false;
        for (SceneLink link : scene.links()) {
            if (link.type() == LinkType.SPOKE_WITH) {
                mutual |= link.mutual();
                oneWay |= !link.mutual();
            }
            if (link.channelType() != null) {
                channelTypes.add(link.channelType());
                if (link.secrecy() != null) {
                    secrecies.add(link.secrecy());
                }
            } else if (link.type() != null) {
                neutral.add(link.type());
            }
        }
        return new LegendContent(kinds, unknown, channelTypes, secrecies, neutral, groups, scene.nodes().isEmpty() ? null : scene.key(),
                new ExchangeDirections(oneWay, mutual));
    }

    public boolean isEmpty() {
        return kinds.isEmpty() && !unknownKind && channelTypes.isEmpty() && secrecies.isEmpty() && neutralLinks.isEmpty()
                && otherGroups.isEmpty() && !directions.mutual() && (nodeKey == null || !nodeKey.showsSize() && !nodeKey.byCommunity());
    }
}
