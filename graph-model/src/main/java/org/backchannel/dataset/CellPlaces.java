package org.backchannel.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.backchannel.json.JsonLocations;
import org.backchannel.json.Places;

/**
 * Where each field of a dataset made from a sheet comes from: a cell (row, column and the column's
 * header) or, for what the mapping supplies, a value in the mapping file. Row 1 is the header row.
 * Worked out from the pointer when a problem is reported, so that a large sheet costs a few numbers
 * per row, not a map entry per field.
 */
final class CellPlaces implements Places {

    /** A cell ({@code column} -1 for the row as a whole), or a value of the mapping. */
    private record Place(int row, int column, String mappingPointer) {

        static Place cell(int row, Integer column) {
            return new Place(row, column == null ? -1 : column, null);
        }

        static Place mapping(String pointer) {
            return new Place(0, -1, pointer);
        }
    }

    /** A node: the first row naming it, the field its name came from (from, to, channel, outcome), its citations' rows. */
    private record NodePlace(int row, String role, List<Integer> citationRows) {
    }

    /** A link: its row, and the field of the node at each end. */
    private record LinkPlace(int row, String fromRole, String toRole) {
    }

    private static final Map<String, String> TOP_LEVEL = Map.of("id", "/dataset/id", "title", "/dataset/title",
            "description", "/dataset/description", "revises", "/dataset/revises", "sources", "/sources");

    private final List<String> headers;
    private final String mappingFile;
    private final JsonLocations mapping;
    private final Map<String, Integer> columnOf;
    private final List<LinkPlace> links = new ArrayList<>();
    private final List<NodePlace> nodes = new ArrayList<>();

    /** @param columnOf each mapped field's 0-based column */
    CellPlaces(List<String> headers, Map<String, Integer> columnOf, String mappingFile, JsonLocations mapping) {
        this.headers = List.copyOf(headers);
        this.columnOf = Map.copyOf(columnOf);
        this.mappingFile = mappingFile;
        this.mapping = mapping;
    }

    /** The next link, {@code /links/N}, comes from this row; its ends are the nodes named in these fields. */
    void link(int row, String fromRole, String toRole) {
        links.add(new LinkPlace(row, fromRole, toRole));
    }

    /** The next node, {@code /nodes/N}, is first named in this row, in the column of {@code role}. */
    void node(int row, String role, List<Integer> citationRows) {
        nodes.add(new NodePlace(row, role, List.copyOf(citationRows)));
    }

    @Override
    public JsonLocations.Position find(String pointer) {
        Place at = resolve(pointer);
        return at.mappingPointer() != null ? mapping.find(at.mappingPointer()) : new JsonLocations.Position(at.row(), at.column() + 1);
    }

    @Override
    public Optional<String> fileOf(String pointer) {
        return resolve(pointer).mappingPointer() != null ? Optional.of(mappingFile) : Optional.empty();
    }

    @Override
    public String name(String pointer) {
        Place at = resolve(pointer);
        if (at.mappingPointer() != null) {
            return at.mappingPointer();
        }
        return at.column() < 0 ? "row " + at.row() : "row " + at.row() + ", column \"" + headers.get(at.column()) + "\"";
    }

    private static final Pattern INDEX = Pattern.compile("\\d{1,9}");

    private Place resolve(String pointer) {
        String[] p = pointer.split("/", -1);
        if (p.length < 2) {
            return Place.mapping("");
        }
        if (TOP_LEVEL.containsKey(p[1])) {
            return Place.mapping(TOP_LEVEL.get(p[1]) + pointer.substring(1 + p[1].length()));
        }
        int index = p.length > 2 && INDEX.matcher(p[2]).matches() ? Integer.parseInt(p[2]) : -1;
        String field = p.length > 3 ? p[3] : "";
        if (p[1].equals("links") && index >= 0 && index < links.size()) {
            LinkPlace link = links.get(index);
            return field.equals("citations") ? citation(link.row(), p) : linkField(link, field);
        }
        if (p[1].equals("nodes") && index >= 0 && index < nodes.size()) {
            NodePlace node = nodes.get(index);
            if (field.equals("citations") && p.length > 4 && p[4].matches("\\d{1,3}")
                    && Integer.parseInt(p[4]) < node.citationRows().size()) {
                return citation(node.citationRows().get(Integer.parseInt(p[4])), p);
            }
            return nodeField(node.row(), node.role(), field);
        }
        if (p[1].equals("rows") && index >= 0 && p.length > 3) {
            return nodeField(index, p[3], p.length > 4 ? p[4] : "");
        }
        if (p[1].equals("sheet") && index >= 0) {
            return Place.cell(index, headers.size() - 1);
        }
        return Place.mapping("");
    }

    private Place linkField(LinkPlace link, String field) {
        return switch (field) {
            case "from" -> Place.cell(link.row(), columnOf.get(link.fromRole()));
            case "to" -> Place.cell(link.row(), columnOf.get(link.toRole()));
            case "" -> Place.cell(link.row(), link.toRole().equals("outcome") ? columnOf.get("outcome") : null);
            default -> Place.cell(link.row(), columnOf.get(field));
        };
    }

    /** A field of the node named in the column of {@code role} in {@code row}: its own column, or the mapping's default. */
    private Place nodeField(int row, String role, String field) {
        boolean party = role.equals("from") || role.equals("to");
        String column = switch (field) {
            case "id" -> role + "Id";
            case "category" -> role.equals("outcome") ? "outcomeCategory" : "partyCategory";
            case "channelType", "secrecy" -> field;
            case "kind" -> party ? "partyKind" : role;
            default -> role;
        };
        if (columnOf.containsKey(column)) {
            return Place.cell(row, columnOf.get(column));
        }
        if (column.equals(role + "Id")) {
            return Place.cell(row, columnOf.get(role));
        }
        return column.equals(role) ? Place.cell(row, columnOf.get(role)) : Place.mapping("/defaults/" + column);
    }

    /** A citation is where its row's quote is; its source, where the row or the mapping names it. */
    private Place citation(int row, String[] p) {
        if (p[p.length - 1].equals("source")) {
            return columnOf.containsKey("source") ? Place.cell(row, columnOf.get("source")) : Place.mapping("/defaults/source");
        }
        return Place.cell(row, columnOf.get("quote"));
    }
}
