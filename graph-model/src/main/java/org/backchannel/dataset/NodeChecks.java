package org.backchannel.dataset;

import static org.backchannel.dataset.FieldChecks.MAX_NAME;
import static org.backchannel.dataset.FieldChecks.MAX_TEXT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.backchannel.dataset.DatasetJson.NodeJson;
import org.backchannel.json.ProblemLog;
import org.backchannel.model.Certainty;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Citation;
import org.backchannel.model.GraphNode;
import org.backchannel.model.NodeKind;
import org.backchannel.model.Secrecy;
import org.backchannel.model.TimeSpan;

/** A dataset's nodes: each kind's own vocabulary (categories, or a channel's type and secrecy), dates and citations. */
final class NodeChecks {

    private final ProblemLog log;
    private final FieldChecks check;
    private final UniqueIds ids;
    private final SourceChecks sources;
    private final Map<String, String> places;
    private final Map<String, NodeKind> kinds = new HashMap<>();

    /** @param places where each element is written, filled in as nodes are checked */
    NodeChecks(ProblemLog log, FieldChecks check, UniqueIds ids, SourceChecks sources, Map<String, String> places) {
        this.log = log;
        this.check = check;
        this.ids = ids;
        this.sources = sources;
        this.places = places;
    }

    /** The kind of the node with this id, or null when no node has it (so far). */
    NodeKind kindOf(String id) {
        return kinds.get(id);
    }

    List<GraphNode> nodes(List<NodeJson> nodes) {
        List<GraphNode> checked = new ArrayList<>();
        if (!check.requiredArray(nodes, "/nodes")) {
            return checked;
        }
        for (int i = 0; i < nodes.size(); i++) {
            String at = "/nodes/" + i;
            NodeJson n = nodes.get(i);
            if (n == null) {
                log.add(at, "a node is null", "remove it or give it an id, kind, name and citations");
                continue;
            }
            String id = ids.claim(n.id(), at + "/id");
            NodeKind kind = check.vocabulary(n.kind(), at + "/kind", true, NodeKind::fromCode, NodeKind.codes());
            String name = check.name(n.name(), at + "/name");
            List<String> aliases = check.textList(n.aliases(), at + "/aliases", MAX_NAME);
            String category = kind == null ? null : category(kind, n.category(), at + "/category");
            ChannelType channelType = channelOnly(kind, n.channelType(), at + "/channelType", ChannelType::fromCode, ChannelType.codes());
            Secrecy secrecy = channelOnly(kind, n.secrecy(), at + "/secrecy", Secrecy::fromCode, Secrecy.codes());
            String description = check.optionalText(n.description(), at + "/description", MAX_TEXT);
            TimeSpan span = check.span(n.date(), n.start(), n.end(), at);
            Certainty certainty = check.vocabulary(n.certainty(), at + "/certainty", false, Certainty::fromCode, Certainty.codes());
            List<Citation> citations = sources.citations(n.citations(), at + "/citations");
            if (id != null && kind != null) {
                kinds.put(id, kind);
                places.put("node:" + id, log.place(at));
                if (name != null) {
                    checked.add(new GraphNode(id, kind, name, aliases, category, channelType, secrecy, description,
                            span, certainty, citations));
                }
            }
        }
        return checked;
    }

    private String category(NodeKind kind, String value, String pointer) {
        if (!kind.needsCategory()) {
            if (value != null) {
                log.add(pointer, "a channel has no category", "describe it with channelType instead");
            }
            return null;
        }
        return check.vocabulary(value, pointer, true,
                v -> kind.categories().contains(v) ? Optional.of(v) : Optional.empty(),
                kind.categories().stream().sorted().toList());
    }

    private <E> E channelOnly(NodeKind kind, String value, String pointer, Function<String, Optional<E>> parse, List<String> codes) {
        if (kind == NodeKind.CHANNEL) {
            return check.vocabulary(value, pointer, true, parse, codes);
        }
        if (value != null && kind != null) {
            log.add(pointer, FieldChecks.fieldName(pointer) + " is only for channels, not for " + FieldChecks.withArticle(kind.code()),
                    "remove it");
        }
        return null;
    }
}
