package org.backchannel.interchange;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;

/**
 * The scene as two CSV tables, a node table and a link table, with the column names Gephi's
 * spreadsheet import recognises ({@code Id}, {@code Label}; {@code Source}, {@code Target},
 * {@code Type}) before Backchannel's own columns. A cell that a spreadsheet would take for a formula
 * (it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written
 * with a leading apostrophe, so opening the table never runs a quote as a command.
 */
public final class CsvTables {

    private CsvTables() {
    }

    public static void writeNodes(GraphFileScene scene, Appendable out) throws IOException {
        List<Column<GraphNode>> columns = new Columns(scene).nodeColumns();
        List<String> header = new ArrayList<>(List.of("Id", "Label"));
        columns.forEach(c -> header.add(c.name()));
        CSVPrinter printer = printer(out, header);
        for (GraphNode node : scene.nodes()) {
            List<String> row = new ArrayList<>(List.of(node.id(), node.name()));
            columns.forEach(c -> row.add(c.of(node)));
            printer.printRecord(row.stream().map(CsvTables::inert).toList());
        }
        printer.flush();
    }

    public static void writeLinks(GraphFileScene scene, Appendable out) throws IOException {
        List<Column<GraphLink>> columns = new Columns(scene).linkColumns();
        List<String> header = new ArrayList<>(List.of("Source", "Target", "Type", "Id", "Label"));
        columns.forEach(c -> header.add(c.name()));
        CSVPrinter printer = printer(out, header);
        for (GraphLink link : scene.links()) {
            List<String> row = new ArrayList<>(List.of(link.fromId(), link.toId(), "Directed", link.id(), link.typeName()));
            columns.forEach(c -> row.add(c.of(link)));
            printer.printRecord(row.stream().map(CsvTables::inert).toList());
        }
        printer.flush();
    }

    /** A printer that leaves {@code out} open: the caller owns it. */
    private static CSVPrinter printer(Appendable out, List<String> header) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out);
    }

    /** A cell a spreadsheet will show as text, whatever it starts with. */
    static String inert(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + cell : cell;
    }
}
