package org.backchannel.questions;

import java.util.List;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Citation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.PartialDate;
import org.backchannel.model.Secrecy;
import org.backchannel.model.TimeSpan;

/** Hand-made nodes and links for the questions' tests: each cites a quote that names it. */
final class SmallGraphs {

    private SmallGraphs() {
    }

    static GraphNode actor(String id) {
        return new GraphNode(id, NodeKind.ACTOR, id, List.of(), "person", null, null, null, TimeSpan.UNDATED, null,
                List.of(quote("about " + id)));
    }

    static GraphNode state(String id) {
        return new GraphNode(id, NodeKind.ORGANIZATION, id, List.of(), "state", null, null, null, TimeSpan.UNDATED, null,
                List.of(quote("about " + id)));
    }

    static GraphNode organization(String id, String category) {
        return new GraphNode(id, NodeKind.ORGANIZATION, id, List.of(), category, null, null, null, TimeSpan.UNDATED, null,
                List.of(quote("about " + id)));
    }

    static GraphNode channel(String id, ChannelType type, Secrecy secrecy, String start, String end) {
        return new GraphNode(id, NodeKind.CHANNEL, id, List.of(), null, type, secrecy, null, span(start, end), null,
                List.of(quote("about " + id)));
    }

    static GraphNode event(String id, String start, String end) {
        return new GraphNode(id, NodeKind.EVENT, id, List.of(), "meeting", null, null, null, span(start, end), null,
                List.of(quote("about " + id)));
    }

    static GraphNode outcome(String id, String date) {
        return new GraphNode(id, NodeKind.OUTCOME, id, List.of(), "de-escalation", null, null, null, span(date, date), null,
                List.of(quote("about " + id)));
    }

    static GraphLink spoke(String id, String from, String to, String channel, String start, String end) {
        return new GraphLink(id, LinkType.SPOKE_WITH, from, to, channel, null, null, span(start, end), null,
                List.of(quote("about " + id)));
    }

    static GraphLink link(String id, LinkType type, String from, String to) {
        return new GraphLink(id, type, from, to, null, null, null, TimeSpan.UNDATED, null, List.of(quote("about " + id)));
    }

    static GraphLink office(String id, String from, String to, String role, String start, String end) {
        return new GraphLink(id, LinkType.HOLDS_OFFICE, from, to, null, role, null, span(start, end), null,
                List.of(quote("about " + id)));
    }

    static Citation quote(String words) {
        return new Citation("test-source", words, null);
    }

    static TimeSpan span(String start, String end) {
        return new TimeSpan(start == null ? null : PartialDate.parse(start).orElseThrow(),
                end == null ? null : PartialDate.parse(end).orElseThrow());
    }
}
