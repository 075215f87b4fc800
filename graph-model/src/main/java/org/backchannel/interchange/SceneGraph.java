package org.backchannel.interchange;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;

/**
 * The scene as a JGraphT graph for jgrapht-io's writers: node ids as vertices, link ids as edges
 * (directed, parallel links and loops allowed, as the store has them), and each element's attributes
 * from {@link Columns}, with the node's name as its label.
 */
final class SceneGraph {

    static final String LABEL = "label";

    private final Graph<String, String> graph;
    private final Map<String, Map<String, Attribute>> nodeAttributes = new HashMap<>();
    private final Map<String, Map<String, Attribute>> linkAttributes = new HashMap<>();

    SceneGraph(GraphFileScene scene) {
        graph = GraphTypeBuilder.<String, String>directed().allowingMultipleEdges(true).allowingSelfLoops(true)
                .weighted(false).buildGraph();
        Columns columns = new Columns(scene);
        for (GraphNode node : scene.nodes()) {
            graph.addVertex(node.id());
            Map<String, Attribute> attributes = attributes(node, columns.nodeColumns());
            attributes.put(LABEL, DefaultAttribute.createAttribute(node.name()));
            nodeAttributes.put(node.id(), attributes);
        }
        for (GraphLink link : scene.links()) {
            graph.addEdge(link.fromId(), link.toId(), link.id());
            Map<String, Attribute> attributes = attributes(link, columns.linkColumns());
            attributes.put(LABEL, DefaultAttribute.createAttribute(link.typeName()));
            linkAttributes.put(link.id(), attributes);
        }
    }

    Graph<String, String> graph() {
        return graph;
    }

    Function<String, Map<String, Attribute>> nodeAttributes() {
        return nodeAttributes::get;
    }

    Function<String, Map<String, Attribute>> linkAttributes() {
        return linkAttributes::get;
    }

    private static <T> Map<String, Attribute> attributes(T element, List<Column<T>> columns) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        for (Column<T> column : columns) {
            String value = column.of(element);
            if (value != null) {
                attributes.put(column.name(), DefaultAttribute.createAttribute(value));
            }
        }
        return attributes;
    }
}
