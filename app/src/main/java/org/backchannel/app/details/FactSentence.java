package org.backchannel.app.details;

import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;

/** Says a link in words from one end's point of view: "spoke with Anatoly Dobrynin via Kissinger–Dobrynin back channel". */
final class FactSentence {

    private FactSentence() {
    }

    static String of(GraphLink link, String fromPointOf, LoadedGraph graph) {
        boolean outgoing = link.fromId().equals(fromPointOf);
        String other = graph.node(LoadedGraph.otherEnd(link, fromPointOf)).map(GraphNode::name).orElse("?");
        String via = link.channelId() == null ? "" : graph.node(link.channelId()).map(c -> " via " + c.name()).orElse("");
        String role = link.role() == null ? "" : " (" + link.role() + ")";
        if (link.type() == null) {
            return (outgoing ? link.otherType() + " → " : "← " + link.otherType() + " ") + other;
        }
        String verb = switch (link.type()) {
            case SPOKE_WITH -> link.mutual() ? "met with" : outgoing ? "spoke with" : "was contacted by";
            case PARTICIPATES_IN -> outgoing ? "takes part in" : "has party";
            case TOOK_PART_IN -> outgoing ? "took part in" : "involved";
            case HOLDS_OFFICE -> outgoing ? "held office at" : "office held by";
            case AFFILIATED_WITH -> outgoing ? "affiliated with" : "has member";
            case PART_OF -> outgoing ? "part of" : "includes";
            case LED_TO -> outgoing ? "led to" : "resulted from";
            case STUDIED -> outgoing ? "studied" : "studied by";
            case AUTHORED -> outgoing ? "authored" : "by";
            case CONCERNS -> outgoing ? "concerns" : "subject of";
            case CONNECTS -> outgoing ? "connects" : "connected by";
            case LOCATED_IN -> outgoing ? "in" : "location of";
        };
        if (link.type() == org.backchannel.model.LinkType.HOLDS_OFFICE && outgoing && link.role() != null) {
            return link.role() + ", " + other;
        }
        return verb + " " + other + via + role;
    }
}
