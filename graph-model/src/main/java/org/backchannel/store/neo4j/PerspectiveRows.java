package org.backchannel.store.neo4j;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.perspective.NodeRole;
import org.backchannel.perspective.PerspectiveMapping;
import org.backchannel.perspective.PerspectiveMapping.Party;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.backchannel.store.GraphPath;

/** Turns what the driver returns for {@link PerspectiveQueries} into Backchannel's nodes and links through a {@link PerspectiveMapping}. */
final class PerspectiveRows {

    private final PerspectiveMapping mapping;

    PerspectiveRows(PerspectiveMapping mapping) {
        this.mapping = mapping;
    }

    GraphNode node(Node node) {
        return mapping.node(node.elementId(), labels(node), node.asMap());
    }

    NodeRole role(Node node) {
        return mapping.perspective().roleOf(labels(node));
    }

    GraphLink link(Relationship r, GraphNode to) {
        return mapping.link(r.elementId(), r.type(), r.startNodeElementId(), r.endNodeElementId(), to.kind(), r.asMap());
    }

    /** A row with {@code a}, {@code r}, {@code b}: the relationship as a link, its ends as nodes into {@code nodes}. */
    GraphLink link(Record row, Map<String, GraphNode> nodes) {
        GraphNode a = nodes.computeIfAbsent(row.get("a").asNode().elementId(), id -> node(row.get("a").asNode()));
        GraphNode b = nodes.computeIfAbsent(row.get("b").asNode().elementId(), id -> node(row.get("b").asNode()));
        Relationship r = row.get("r").asRelationship();
        GraphNode to = r.endNodeElementId().equals(b.id()) ? b : a;
        return link(r, to);
    }

    /** A row with {@code e} and {@code parties}: the exchange node as links between its parties, who go into {@code nodes}. */
    List<GraphLink> exchange(Record row, Map<String, GraphNode> nodes) {
        Node e = row.get("e").asNode();
        List<Party> parties = new ArrayList<>();
        for (Value party : row.get("parties").values()) {
            Node p = party.get("node").asNode();
            if (role(p) == NodeRole.EXCHANGE) {
                continue;
            }
            nodes.computeIfAbsent(p.elementId(), id -> node(p));
            parties.add(new Party(p.elementId(), mapping.perspective().roleOf(party.get("type").asString())));
        }
        parties.sort(java.util.Comparator.comparing(Party::nodeId));
        return mapping.exchangeLinks(e.elementId(), labels(e), e.asMap(), parties);
    }

    /** The channel node with this id. */
    GraphNode channel(String channelNodeId) {
        return mapping.channelNode(PerspectiveMapping.channelValueOf(channelNodeId));
    }

    /** The channel nodes the links go through, for the scene to hold them as it holds Backchannel's channels. */
    List<GraphNode> channels(List<GraphLink> links) {
        Map<String, GraphNode> channels = new LinkedHashMap<>();
        for (GraphLink link : links) {
            if (link.channelId() != null) {
                channels.computeIfAbsent(link.channelId(), this::channel);
            }
        }
        return new ArrayList<>(channels.values());
    }

    /**
     * A path through the store as a path through the drawing: two party ties around an exchange node
     * become the one exchange between the parties. Null when the path crosses something a perspective
     * path may not (a party tie to a node that is not an exchange).
     */
    GraphPath path(Path path) {
        List<Node> nodes = new ArrayList<>();
        path.nodes().forEach(nodes::add);
        List<Relationship> rels = new ArrayList<>();
        path.relationships().forEach(rels::add);
        List<GraphNode> shown = new ArrayList<>(List.of(node(nodes.get(0))));
        List<GraphLink> links = new ArrayList<>();
        for (int i = 1; i < nodes.size(); i++) {
            Node here = nodes.get(i);
            if (role(here) == NodeRole.EXCHANGE) {
                if (i + 1 >= nodes.size()) {
                    return null;
                }
                Node next = nodes.get(i + 1);
                String prev = shown.get(shown.size() - 1).id();
                // In the order exchange() gives its parties, so that the link has the id the table and details give it.
                List<Party> pair = new ArrayList<>(List.of(new Party(prev, mapping.perspective().roleOf(rels.get(i - 1).type())),
                        new Party(next.elementId(), mapping.perspective().roleOf(rels.get(i).type()))));
                pair.sort(java.util.Comparator.comparing(Party::nodeId));
                List<GraphLink> exchange = mapping.exchangeLinks(here.elementId(), labels(here), here.asMap(), pair);
                if (exchange.isEmpty()) {
                    return null;
                }
                links.add(exchange.get(0));
                shown.add(node(next));
                i++;
            } else {
                GraphNode node = node(here);
                if (mapping.perspective().roleOf(rels.get(i - 1).type()).linkType(node.kind()).isEmpty()) {
                    return null;
                }
                links.add(link(rels.get(i - 1), rels.get(i - 1).endNodeElementId().equals(here.elementId()) ? node : shown.get(shown.size() - 1)));
                shown.add(node);
            }
        }
        return new GraphPath(shown, links);
    }

    static List<String> labels(Node node) {
        List<String> labels = new ArrayList<>();
        node.labels().forEach(labels::add);
        labels.sort(null);
        return labels;
    }
}
