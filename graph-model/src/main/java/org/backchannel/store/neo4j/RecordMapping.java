package org.backchannel.store.neo4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.model.Certainty;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Citation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.store.GraphPath;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.PartialDate;
import org.backchannel.model.Secrecy;
import org.backchannel.model.Source;
import org.backchannel.model.SourceKind;
import org.backchannel.model.TimeSpan;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/** Turns what the driver returns back into domain objects. */
final class RecordMapping {

    private RecordMapping() {
    }

    static GraphNode node(Node node) {
        if (!node.hasLabel(StoreSchema.ENTITY)) {
            return ForeignElements.node(node);
        }
        NodeKind kind = NodeKind.fromCode(text(node, "kind")).orElse(NodeKind.ACTOR);
        return new GraphNode(
                text(node, "id"), kind, text(node, "name"),
                node.get("aliases").asList(Value::asString, List.of()),
                text(node, "category"),
                ChannelType.fromCode(text(node, "channelType")).orElse(null),
                Secrecy.fromCode(text(node, "secrecy")).orElse(null),
                text(node, "description"),
                span(node.get("start"), node.get("end")),
                Certainty.fromCode(text(node, "certainty")).orElse(Certainty.ATTESTED),
                citations(node.get("citationSources"), node.get("citationQuotes"), node.get("citationNotes"),
                        node.get(CitationDatasets.PROPERTY), node.get("datasets")));
    }

    static GraphPath path(Path path) {
        Map<String, String> ids = new HashMap<>();
        List<GraphNode> nodes = new ArrayList<>();
        for (Node n : path.nodes()) {
            ids.put(n.elementId(), n.get("id").asString());
            nodes.add(node(n));
        }
        List<GraphLink> links = new ArrayList<>();
        for (Relationship r : path.relationships()) {
            links.add(link(r, ids));
        }
        return new GraphPath(nodes, links);
    }

    /** @param idsByElementId the dataset id of each endpoint, by the driver's element id */
    static GraphLink link(Relationship rel, Map<String, String> idsByElementId) {
        if (LinkType.fromRelationshipType(rel.type()).isEmpty()) {
            return ForeignElements.link(rel, idsByElementId);
        }
        return new GraphLink(
                rel.get("id").asString(rel.elementId()),
                LinkType.fromRelationshipType(rel.type()).orElseThrow(),
                idsByElementId.get(rel.startNodeElementId()),
                idsByElementId.get(rel.endNodeElementId()),
                rel.get("channel").asString(null),
                rel.get("role").asString(null),
                rel.get("description").asString(null),
                span(rel.get("start"), rel.get("end")),
                Certainty.fromCode(rel.get("certainty").asString(null)).orElse(Certainty.ATTESTED),
                citations(rel.get("citationSources"), rel.get("citationQuotes"), rel.get("citationNotes"),
                        rel.get(CitationDatasets.PROPERTY), rel.get("datasets")));
    }

    static Source source(Node node) {
        return new Source(text(node, "id"),
                SourceKind.fromCode(text(node, "kind")).orElse(SourceKind.DOCUMENT),
                text(node, "title"), text(node, "author"), text(node, "publisher"),
                PartialDate.parse(text(node, "date")).orElse(null), text(node, "url"), text(node, "note"));
    }

    private static String text(Node node, String key) {
        return node.get(key).asString(null);
    }

    private static TimeSpan span(Value start, Value end) {
        PartialDate from = PartialDate.parse(start.asString(null)).orElse(null);
        PartialDate to = PartialDate.parse(end.asString(null)).orElse(null);
        return new TimeSpan(from, to);
    }

    /**
     * @param datasets   each citation's dataset; absent in a store imported before datasets were kept apart, and on an
     *                   element one dataset supports (decision 0035)
     * @param supporting the datasets that support the element
     */
    private static List<Citation> citations(Value sources, Value quotes, Value notes, Value datasets, Value supporting) {
        List<String> s = sources.asList(Value::asString, List.of());
        List<String> q = quotes.asList(Value::asString, List.of());
        List<String> n = notes.asList(Value::asString, List.of());
        List<String> d = CitationDatasets.of(datasets.asList(Value::asString, List.of()),
                supporting.asList(Value::asString, List.of()), s.size());
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < Math.min(s.size(), q.size()); i++) {
            String note = i < n.size() && !n.get(i).isEmpty() ? n.get(i) : null;
            citations.add(new Citation(s.get(i), q.get(i), note, i < d.size() ? d.get(i) : null));
        }
        return citations;
    }
}
