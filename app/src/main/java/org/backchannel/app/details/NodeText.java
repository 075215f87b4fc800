package org.backchannel.app.details;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.NodeKind;

/** How a node reads in the details pane: its subtitle, someone else's properties, its links as facts. Plain text, no state. */
final class NodeText {

    private NodeText() {
    }

    /** Kind, and a channel's type and secrecy, or someone else's labels. */
    static String subtitle(GraphNode node) {
        if (node.isForeign()) {
            return "Not a Backchannel node · labels: " + node.otherProperties().getOrDefault("labels", "none");
        }
        if (node.kind() == NodeKind.CHANNEL) {
            return "Channel · " + node.channelType().displayName() + " · " + node.secrecy().code()
                    + (node.certainty().code().equals("speculative") ? " · speculative" : "");
        }
        String kind = switch (node.kind()) {
            case ACTOR -> "Actor";
            case ORGANIZATION -> "Organization";
            case EVENT -> "Event";
            case OUTCOME -> "Outcome";
            case CHANNEL -> "Channel";
        };
        return node.category() == null ? kind : kind + " · " + node.category();
    }

    /** Someone else's node: its properties, one per line, as the database has them. */
    static String otherProperties(GraphNode node) {
        return node.otherProperties().entrySet().stream().filter(e -> !e.getKey().equals("labels"))
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
    }

    /** The node's links as facts, in time order (undated last), each with its link's id. */
    static List<FactRow> facts(GraphNode node, LoadedGraph graph) {
        List<GraphLink> links = new ArrayList<>(graph.linksOf(node.id()));
        links.sort(Comparator.comparing((GraphLink l) -> l.span().start() == null ? l.span().end() : l.span().start(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(GraphLink::id));
        return links.stream().map(l -> new FactRow(l.span().isDated() ? l.span().toString() : "",
                FactSentence.of(l, node.id(), graph), l.id())).toList();
    }
}
