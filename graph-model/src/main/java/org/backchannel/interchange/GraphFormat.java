package org.backchannel.interchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The graph file formats other tools read: GraphML (Gephi, Cytoscape, yEd), GEXF (Gephi), CSV tables (spreadsheets, Gephi's spreadsheet import). */
public enum GraphFormat {
    GRAPHML("graphml"),
    GEXF("gexf"),
    CSV("csv");

    private final String extension;

    GraphFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name's extension names, if any. */
    public static Optional<GraphFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> lower.endsWith("." + f.extension)).findFirst();
    }

    /** The format by its name as typed ({@code graphml}, {@code GEXF}). */
    public static Optional<GraphFormat> ofName(String name) {
        return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(name)).findFirst();
    }
}
