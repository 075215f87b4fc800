package org.backchannel.render.timeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;

/**
 * Which lanes a node is drawn on, by following the links that say who took part in what: a channel on the
 * lanes of its participants (or the states it connects), an event on those of whoever took part (or where it
 * took place, or the channel it was part of), an outcome where what led to it was (or what it concerns). In
 * the channel view, on the lanes of the channels things were part of; in the state view, on the lane of the
 * state each party holds office in or belongs to. Every answer is sorted, so charts are the same each time.
 */
final class LaneAnchors {

    /** How far offices and affiliations are followed up to a state. */
    private static final int MAX_HOPS = 4;

    private final Map<String, GraphNode> nodes = new HashMap<>();
    /** Links by end and type: a hub's thousands of links are not filtered again for every node that reaches it. */
    private final Map<String, Map<LinkType, List<GraphLink>>> out = new HashMap<>();
    private final Map<String, Map<LinkType, List<GraphLink>>> in = new HashMap<>();
    /** What each node was found to lie on, so that a hub is worked out once; and the nodes being worked out, against cycles. */
    private final Map<String, Set<String>> found = new HashMap<>();
    private final Set<String> visiting = new HashSet<>();
    private final LaneMode mode;
    private final Map<String, String> stateOf = new HashMap<>();

    LaneAnchors(Collection<GraphNode> nodes, Collection<GraphLink> links, LaneMode mode) {
        this.mode = mode;
        nodes.forEach(n -> this.nodes.put(n.id(), n));
        for (GraphLink link : links) {
            if (link.type() != null && this.nodes.containsKey(link.fromId()) && this.nodes.containsKey(link.toId())) {
                out.computeIfAbsent(link.fromId(), k -> new EnumMap<>(LinkType.class))
                        .computeIfAbsent(link.type(), k -> new ArrayList<>()).add(link);
                in.computeIfAbsent(link.toId(), k -> new EnumMap<>(LinkType.class))
                        .computeIfAbsent(link.type(), k -> new ArrayList<>()).add(link);
            }
        }
    }

    GraphNode node(String id) {
        return nodes.get(id);
    }

    /** The lanes (node ids) the node is drawn on in this view; empty when it has none. */
    Set<String> lanesOf(String nodeId) {
        if (mode == LaneMode.CHANNELS) {
            return reach(nodeId);
        }
        Set<String> lanes = new TreeSet<>();
        reach(nodeId).forEach(p -> lanes.add(laneOfParty(p)));
        return lanes;
    }

    /** The parties (or, in the channel view, the channels) a node lies on, worked out once per node. */
    private Set<String> reach(String id) {
        Set<String> known = found.get(id);
        if (known != null) {
            return known;
        }
        if (!visiting.add(id)) {
            // A cycle of "led to" or "part of": what lies on the way there says where this is.
            return Set.of();
        }
        Set<String> into = new TreeSet<>();
        if (mode == LaneMode.CHANNELS) {
            channelsOf(id, into);
        } else {
            partiesOf(id, into);
        }
        visiting.remove(id);
        found.put(id, into);
        return into;
    }

    /** The lane of an actor or organization: itself, or in the state view its state. */
    String laneOfParty(String partyId) {
        return mode == LaneMode.STATES ? stateOf.computeIfAbsent(partyId, this::findState) : partyId;
    }

    private void partiesOf(String id, Set<String> into) {
        GraphNode node = nodes.get(id);
        if (node == null || node.kind() == null) {
            return;
        }
        switch (node.kind()) {
            case ACTOR, ORGANIZATION -> into.add(id);
            case CHANNEL -> {
                if (!addEnds(in(id, LinkType.PARTICIPATES_IN), true, into)) {
                    addEnds(out(id, LinkType.CONNECTS), false, into);
                }
            }
            case EVENT -> {
                if (!addEnds(in(id, LinkType.TOOK_PART_IN), true, into) && !addEnds(out(id, LinkType.LOCATED_IN), false, into)) {
                    out(id, LinkType.PART_OF).forEach(l -> into.addAll(reach(l.toId())));
                }
            }
            case OUTCOME -> {
                int before = into.size();
                in(id, LinkType.LED_TO).forEach(l -> into.addAll(reach(l.fromId())));
                if (into.size() == before) {
                    out(id, LinkType.CONCERNS).forEach(l -> into.addAll(reach(l.toId())));
                }
            }
        }
    }

    private void channelsOf(String id, Set<String> into) {
        GraphNode node = nodes.get(id);
        if (node == null || node.kind() == null) {
            return;
        }
        switch (node.kind()) {
            case CHANNEL -> into.add(id);
            case EVENT -> out(id, LinkType.PART_OF).forEach(l -> into.addAll(reach(l.toId())));
            case OUTCOME -> {
                int before = into.size();
                in(id, LinkType.LED_TO).forEach(l -> into.addAll(reach(l.fromId())));
                if (into.size() == before) {
                    out(id, LinkType.CONCERNS).forEach(l -> into.addAll(reach(l.toId())));
                }
            }
            default -> {
                // People and organizations have no channel lane: what they did is on the lanes of the channels it went through.
            }
        }
    }

    /** Adds the actor and organization ends of the links; answers whether any was added. */
    private boolean addEnds(List<GraphLink> links, boolean from, Set<String> into) {
        boolean added = false;
        for (GraphLink link : links) {
            String end = from ? link.fromId() : link.toId();
            NodeKind kind = nodes.get(end).kind();
            if (kind == NodeKind.ACTOR || kind == NodeKind.ORGANIZATION) {
                into.add(end);
                added = true;
            }
        }
        return added;
    }

    /**
     * The nearest state up the offices and affiliations (Kissinger holds office in the United States; Ukrainian
     * intelligence officials belong to Ukrainian intelligence, which belongs to Ukraine); failing one, the first
     * organization the party belongs to; failing that, the party itself.
     */
    private String findState(String partyId) {
        Deque<String> queue = new ArrayDeque<>(List.of(partyId));
        Set<String> seen = new HashSet<>(queue);
        String firstOrganization = null;
        for (int depth = 0; depth <= MAX_HOPS && !queue.isEmpty(); depth++) {
            List<String> level = new ArrayList<>(queue);
            queue.clear();
            for (String id : new TreeSet<>(level)) {
                GraphNode node = nodes.get(id);
                if (node.kind() == NodeKind.ORGANIZATION && "state".equals(node.category())) {
                    return id;
                }
                if (firstOrganization == null && node.kind() == NodeKind.ORGANIZATION) {
                    firstOrganization = id;
                }
                for (LinkType type : List.of(LinkType.HOLDS_OFFICE, LinkType.AFFILIATED_WITH)) {
                    for (GraphLink link : out(id, type)) {
                        if (seen.add(link.toId())) {
                            queue.add(link.toId());
                        }
                    }
                }
            }
        }
        return firstOrganization != null ? firstOrganization : partyId;
    }

    private List<GraphLink> out(String id, LinkType type) {
        return out.getOrDefault(id, Map.of()).getOrDefault(type, List.of());
    }

    private List<GraphLink> in(String id, LinkType type) {
        return in.getOrDefault(id, Map.of()).getOrDefault(type, List.of());
    }
}
