package org.backchannel.interchange;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes a scene's graph file in the format asked for; CSV writes its two tables beside the name given. */
public final class GraphFiles {

    private GraphFiles() {
    }

    /** Writes the file (or, for CSV, the two tables) and returns the paths written. */
    public static List<Path> write(GraphFormat format, GraphFileScene scene, String description, Path out) throws IOException {
        switch (format) {
            case GRAPHML -> {
                try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    GraphMlFile.write(scene, writer);
                }
                return List.of(out);
            }
            case GEXF -> {
                try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    GexfFile.write(scene, description, writer);
                }
                return List.of(out);
            }
            default -> {
                Path nodes = beside(out, "nodes");
                Path links = beside(out, "links");
                try (Writer writer = Files.newBufferedWriter(nodes, StandardCharsets.UTF_8)) {
                    CsvTables.writeNodes(scene, writer);
                }
                try (Writer writer = Files.newBufferedWriter(links, StandardCharsets.UTF_8)) {
                    CsvTables.writeLinks(scene, writer);
                }
                return List.of(nodes, links);
            }
        }
    }

    /** {@code scene.csv} → {@code scene-nodes.csv}. */
    static Path beside(Path out, String table) {
        String name = out.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return out.resolveSibling(stem + "-" + table + ".csv");
    }
}
