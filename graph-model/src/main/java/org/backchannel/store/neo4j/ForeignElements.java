package org.backchannel.store.neo4j;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

/**
 * Nodes and relationships of someone else's database, which Backchannel can show but not
 * interpret: their id is Neo4j's element id, their name the first of the usual naming properties,
 * their labels and properties become text for the details pane.
 */
final class ForeignElements {

    static final String LABELS = "labels";
    private static final List<String> NAME_KEYS = List.of("name", "title", "label", "caption", "id");
    private static final int MAX_VALUE = 300;

    private ForeignElements() {
    }

    static GraphNode node(Node node) {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put(LABELS, String.join(", ", node.labels()));
        new TreeMap<>(node.asMap()).forEach((key, value) -> shown.put(key, text(value)));
        String name = NAME_KEYS.stream().map(node::get).filter(v -> !v.isNull()).map(v -> text(v.asObject()))
                .filter(v -> !v.isBlank()).findFirst()
                .orElse(String.join(":", node.labels()) + " " + shortId(node.elementId()));
        return new GraphNode(node.elementId(), null, name, List.of(), null, null, null, null, null, null, List.of(), shown);
    }

    static GraphLink link(Relationship rel, Map<String, String> idsByElementId) {
        return new GraphLink(rel.elementId(), null, idsByElementId.get(rel.startNodeElementId()),
                idsByElementId.get(rel.endNodeElementId()), null, null, null, null, null, List.of(), rel.type());
    }

    private static String text(Object value) {
        String text = String.valueOf(value);
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) + "…" : text;
    }

    private static String shortId(String elementId) {
        int colon = elementId.lastIndexOf(':');
        return colon < 0 ? elementId : "#" + elementId.substring(colon + 1);
    }
}
