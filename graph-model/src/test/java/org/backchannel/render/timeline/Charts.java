package org.backchannel.render.timeline;

import java.util.List;
import org.backchannel.model.ChannelType;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.PartialDate;
import org.backchannel.model.Secrecy;
import org.backchannel.model.TimeSpan;

/** Small hand-made graphs for the timeline tests. */
final class Charts {

    private Charts() {
    }

    static TimeSpan span(String from, String to) {
        return new TimeSpan(from == null ? null : PartialDate.parse(from).orElseThrow(),
                to == null ? null : PartialDate.parse(to).orElseThrow());
    }

    static TimeSpan at(String date) {
        return TimeSpan.at(PartialDate.parse(date).orElseThrow());
    }

    static GraphNode actor(String id) {
        return new GraphNode(id, NodeKind.ACTOR, name(id), List.of(), "person", null, null, null, null, null, List.of());
    }

    static GraphNode state(String id) {
        return new GraphNode(id, NodeKind.ORGANIZATION, name(id), List.of(), "state", null, null, null, null, null, List.of());
    }

    static GraphNode channel(String id, ChannelType type, Secrecy secrecy, TimeSpan span) {
        return new GraphNode(id, NodeKind.CHANNEL, name(id), List.of(), null, type, secrecy, null, span, null, List.of());
    }

    static GraphNode event(String id, TimeSpan span) {
        return new GraphNode(id, NodeKind.EVENT, name(id), List.of(), "meeting", null, null, null, span, null, List.of());
    }

    static GraphNode outcome(String id, TimeSpan span) {
        return new GraphNode(id, NodeKind.OUTCOME, name(id), List.of(), "agreement", null, null, null, span, null, List.of());
    }

    static GraphLink link(String id, LinkType type, String from, String to, TimeSpan span) {
        return new GraphLink(id, type, from, to, null, type.needsRole() ? "office" : null, null, span, null, List.of());
    }

    static GraphLink exchange(String id, String from, String to, String channel, TimeSpan span) {
        return new GraphLink(id, LinkType.SPOKE_WITH, from, to, channel, null, null, span, null, List.of());
    }

    private static String name(String id) {
        return id.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + id.substring(1);
    }
}
