package org.backchannel.dataset;

import static org.backchannel.dataset.FieldChecks.MAX_ID;
import static org.backchannel.dataset.FieldChecks.MAX_NAME;
import static org.backchannel.dataset.FieldChecks.MAX_TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.dataset.DatasetJson.LinkJson;
import org.backchannel.json.ProblemLog;
import org.backchannel.model.Certainty;
import org.backchannel.model.Citation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.TimeSpan;

/**
 * A dataset's links: ends that are nodes of the kinds the link type allows, a channel for an exchange
 * (and two different parties), a role where the type has one, dates and citations.
 */
final class LinkChecks {

    private final ProblemLog log;
    private final FieldChecks check;
    private final UniqueIds ids;
    private final NodeChecks nodes;
    private final SourceChecks sources;
    private final Map<String, String> places;

    /** @param places where each element is written, filled in as links are checked */
    LinkChecks(ProblemLog log, FieldChecks check, UniqueIds ids, NodeChecks nodes, SourceChecks sources, Map<String, String> places) {
        this.log = log;
        this.check = check;
        this.ids = ids;
        this.nodes = nodes;
        this.sources = sources;
        this.places = places;
    }

    List<GraphLink> links(List<LinkJson> links) {
        List<GraphLink> checked = new ArrayList<>();
        if (!check.requiredArray(links, "/links")) {
            return checked;
        }
        for (int i = 0; i < links.size(); i++) {
            String at = "/links/" + i;
            LinkJson l = links.get(i);
            if (l == null) {
                log.add(at, "a link is null", "remove it or give it an id, type, from, to and citations");
                continue;
            }
            String id = ids.claim(l.id(), at + "/id");
            LinkType type = check.vocabulary(l.type(), at + "/type", true, LinkType::fromCode, LinkType.codes());
            String from = endpoint(l.from(), at + "/from", type == null ? null : type.fromKinds(), type);
            String to = endpoint(l.to(), at + "/to", type == null ? null : type.toKinds(), type);
            String channel = channel(type, l.channel(), at + "/channel");
            String role = role(type, l.role(), at + "/role");
            String description = check.optionalText(l.description(), at + "/description", MAX_TEXT);
            TimeSpan span = check.span(l.date(), l.start(), l.end(), at);
            Certainty certainty = check.vocabulary(l.certainty(), at + "/certainty", false, Certainty::fromCode, Certainty.codes());
            List<Citation> citations = sources.citations(l.citations(), at + "/citations");
            if (type == LinkType.SPOKE_WITH && from != null && from.equals(to)) {
                log.add(at + "/to", "an exchange needs two different parties; both ends are \"" + from + "\"",
                        "name who spoke with whom, or use another link type");
                continue;
            }
            if (id != null && type != null && from != null && to != null) {
                places.put("link:" + id, log.place(at));
                checked.add(new GraphLink(id, type, from, to, channel, role, description, span, certainty, citations));
            }
        }
        return checked;
    }

    private String endpoint(String value, String pointer, Set<NodeKind> allowed, LinkType type) {
        String id = check.requiredText(value, pointer, MAX_ID);
        if (id == null) {
            return null;
        }
        NodeKind kind = nodes.kindOf(id);
        if (kind == null) {
            log.add(pointer, "no node has the id \"" + FieldChecks.printable(id) + "\"", "link only to nodes defined in /nodes");
            return null;
        }
        if (allowed != null && !allowed.contains(kind)) {
            log.add(pointer, "a " + type.code() + " link cannot " + (pointer.endsWith("/from") ? "start at" : "end at")
                    + " " + FieldChecks.withArticle(kind.code()) + " (\"" + id + "\")",
                    "allowed: " + allowed.stream().map(NodeKind::code).sorted().toList());
            return null;
        }
        return id;
    }

    private String channel(LinkType type, String value, String pointer) {
        if (type == null) {
            return null;
        }
        if (!type.needsChannel()) {
            if (value != null) {
                log.add(pointer, "only spoke-with links name a channel", "use a participates-in link to tie this to a channel");
            }
            return null;
        }
        String id = check.requiredText(value, pointer, MAX_ID);
        if (id != null && nodes.kindOf(id) != NodeKind.CHANNEL) {
            log.add(pointer, "\"" + FieldChecks.printable(id) + "\" is not the id of a channel node", "name the channel the exchange went through");
            return null;
        }
        return id;
    }

    private String role(LinkType type, String value, String pointer) {
        if (type == null) {
            return null;
        }
        if (type.needsRole()) {
            return check.requiredText(value, pointer, MAX_NAME);
        }
        if (value != null && !type.allowsRole()) {
            log.add(pointer, "a " + type.code() + " link has no role", "remove the role");
            return null;
        }
        return check.optionalText(value, pointer, MAX_NAME);
    }
}
