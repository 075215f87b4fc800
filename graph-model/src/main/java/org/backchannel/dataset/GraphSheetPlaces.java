package org.backchannel.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backchannel.json.JsonLocations;
import org.backchannel.json.Places;

/**
 * Where each field of a dataset made from a node sheet and a link sheet comes from: the cell (sheet,
 * row, column and the column's header) of node N or link N, or, for what the mapping supplies, its
 * value in the mapping file. Row 1 of each sheet is its header row.
 */
final class GraphSheetPlaces implements Places {

    /** One sheet: its name, header and mapped columns, and the row of each element read from it. */
    static final class SheetPart {
        final String name;
        final List<String> headers;
        final Map<String, Integer> columnOf;
        final List<Integer> rows = new ArrayList<>();

        SheetPart(String name, List<String> headers, Map<String, Integer> columnOf) {
            this.name = name;
            this.headers = List.copyOf(headers);
            this.columnOf = Map.copyOf(columnOf);
        }
    }

    private record Place(String file, int row, int column, String mappingPointer) {
    }

    private static final Map<String, String> TOP_LEVEL = Map.of("id", "/dataset/id", "title", "/dataset/title",
            "description", "/dataset/description", "revises", "/dataset/revises", "sources", "/sources");
    private static final Map<String, String> DEFAULTS = Map.of("kind", "/defaults/kind", "type", "/defaults/type",
            "channelType", "/defaults/channelType", "secrecy", "/defaults/secrecy");

    private final SheetPart nodes;
    private final SheetPart links;
    private final String mappingFile;
    private final JsonLocations mapping;

    GraphSheetPlaces(SheetPart nodes, SheetPart links, String mappingFile, JsonLocations mapping) {
        this.nodes = nodes;
        this.links = links;
        this.mappingFile = mappingFile;
        this.mapping = mapping;
    }

    @Override
    public JsonLocations.Position find(String pointer) {
        Place at = resolve(pointer);
        return at.mappingPointer() != null ? mapping.find(at.mappingPointer()) : new JsonLocations.Position(at.row(), at.column() + 1);
    }

    @Override
    public Optional<String> fileOf(String pointer) {
        Place at = resolve(pointer);
        return Optional.of(at.mappingPointer() != null ? mappingFile : at.file());
    }

    @Override
    public String name(String pointer) {
        Place at = resolve(pointer);
        if (at.mappingPointer() != null) {
            return at.mappingPointer();
        }
        List<String> headers = at.file().equals(nodes.name) ? nodes.headers : links.headers;
        return at.column() < 0 ? "row " + at.row() : "row " + at.row() + ", column \"" + headers.get(at.column()) + "\"";
    }

    private Place resolve(String pointer) {
        String[] p = pointer.split("/", -1);
        if (p.length < 2) {
            return new Place(null, 0, -1, "");
        }
        if (TOP_LEVEL.containsKey(p[1])) {
            return new Place(null, 0, -1, TOP_LEVEL.get(p[1]) + pointer.substring(1 + p[1].length()));
        }
        int index = p.length > 2 && p[2].matches("\\d{1,9}") ? Integer.parseInt(p[2]) : -1;
        SheetPart sheet = switch (p[1]) {
            case "nodes", "nodesheet" -> nodes;
            case "links", "linksheet" -> links;
            default -> null;
        };
        if (sheet == null || index < 0) {
            return new Place(null, 0, -1, "");
        }
        if (p[1].endsWith("sheet")) {
            return new Place(sheet.name, index, -1, null);
        }
        if (index >= sheet.rows.size()) {
            return new Place(null, 0, -1, "");
        }
        int row = sheet.rows.get(index);
        String field = p.length > 3 ? p[3] : "";
        if (field.equals("citations")) {
            field = p[p.length - 1].equals("source") ? "source" : "quote";
        }
        Integer column = sheet.columnOf.get(field);
        if (column == null && DEFAULTS.containsKey(field)) {
            return new Place(null, 0, -1, DEFAULTS.get(field));
        }
        if (column == null && field.equals("source")) {
            return new Place(null, 0, -1, "/defaults/source");
        }
        return new Place(sheet.name, row, column == null ? -1 : column, null);
    }
}
