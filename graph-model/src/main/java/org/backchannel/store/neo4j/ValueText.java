package org.backchannel.store.neo4j;

import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/** A driver value as one line of text for the console's table: nodes by their labels and name. */
final class ValueText {

    private static final int MAX_LENGTH = 500;

    private ValueText() {
    }

    static String of(Value value) {
        String text = render(value);
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH - 1) + "…" : text;
    }

    private static String render(Value value) {
        TypeSystem types = TypeSystem.getDefault();
        if (value.isNull()) {
            return "";
        }
        if (value.hasType(types.NODE())) {
            return node(value.asNode());
        }
        if (value.hasType(types.RELATIONSHIP())) {
            return relationship(value.asRelationship());
        }
        if (value.hasType(types.PATH())) {
            Path path = value.asPath();
            return node(path.start()) + " … " + node(path.end()) + " (" + path.length() + " hops)";
        }
        if (value.hasType(types.STRING())) {
            return value.asString();
        }
        if (value.hasType(types.LIST())) {
            return StreamSupport.stream(value.values().spliterator(), false).map(ValueText::render).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value.hasType(types.MAP())) {
            return StreamSupport.stream(value.keys().spliterator(), false).map(k -> k + ": " + render(value.get(k))).collect(Collectors.joining(", ", "{", "}"));
        }
        return value.toString();
    }

    private static String node(Node node) {
        String labels = StreamSupport.stream(node.labels().spliterator(), false).map(l -> ":" + l).collect(Collectors.joining());
        String name = node.containsKey("name") ? " " + node.get("name").asObject() : "";
        String id = node.containsKey("id") ? " {id: " + node.get("id").asObject() + "}" : "";
        return "(" + labels + name + id + ")";
    }

    private static String relationship(Relationship rel) {
        String id = rel.containsKey("id") ? " {id: " + rel.get("id").asObject() + "}" : "";
        return "[:" + rel.type() + id + "]";
    }
}
