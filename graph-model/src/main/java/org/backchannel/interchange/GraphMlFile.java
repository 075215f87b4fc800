package org.backchannel.interchange;

import java.io.Writer;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/** The scene as GraphML, through jgrapht-io's writer: every column a declared string key, names as labels. */
public final class GraphMlFile {

    private GraphMlFile() {
    }

    public static void write(GraphFileScene scene, Writer out) {
        SceneGraph graph = new SceneGraph(scene);
        GraphMLExporter<String, String> exporter = new GraphMLExporter<>(id -> id);
        exporter.setEdgeIdProvider(id -> id);
        exporter.setVertexAttributeProvider(graph.nodeAttributes());
        exporter.setEdgeAttributeProvider(graph.linkAttributes());
        // Gephi, Cytoscape and yEd all read a key named "label" as the element's label.
        exporter.setExportVertexLabels(true);
        exporter.setVertexLabelAttributeName(SceneGraph.LABEL);
        exporter.setExportEdgeLabels(true);
        exporter.setEdgeLabelAttributeName(SceneGraph.LABEL);
        Columns columns = new Columns(scene);
        columns.nodeColumns().forEach(c -> exporter.registerAttribute(c.name(), AttributeCategory.NODE, AttributeType.STRING));
        columns.linkColumns().forEach(c -> exporter.registerAttribute(c.name(), AttributeCategory.EDGE, AttributeType.STRING));
        exporter.exportGraph(graph.graph(), out);
    }
}
