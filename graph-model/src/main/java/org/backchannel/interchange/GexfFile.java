package org.backchannel.interchange;

import java.io.Writer;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.gexf.GEXFExporter.AttributeCategory;
import org.jgrapht.nio.gexf.GEXFExporter.Parameter;

/** The scene as GEXF 1.2, Gephi's own format, through jgrapht-io's writer; the caption goes into its meta description. */
public final class GexfFile {

    private GexfFile() {
    }

    public static void write(GraphFileScene scene, String description, Writer out) {
        SceneGraph graph = new SceneGraph(scene);
        GEXFExporter<String, String> exporter = new GEXFExporter<>(id -> id, id -> id);
        exporter.setVertexAttributeProvider(graph.nodeAttributes());
        exporter.setEdgeAttributeProvider(graph.linkAttributes());
        exporter.setParameter(Parameter.EXPORT_EDGE_LABELS, true);
        exporter.setParameter(Parameter.EXPORT_META, true);
        exporter.setCreator("Backchannel");
        exporter.setDescription(description);
        Columns columns = new Columns(scene);
        columns.nodeColumns().forEach(c -> exporter.registerAttribute(c.name(), AttributeCategory.NODE, GEXFAttributeType.STRING));
        columns.linkColumns().forEach(c -> exporter.registerAttribute(c.name(), AttributeCategory.EDGE, GEXFAttributeType.STRING));
        exporter.exportGraph(graph.graph(), out);
    }
}
