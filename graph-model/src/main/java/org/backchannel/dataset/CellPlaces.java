package org.backchannel.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each field of a dataset made from a sheet comes from: a cell (row, column and the column's
 * header) or, for what the mapping supplies, a value in the mapping file. Row 1 is the header row.
 */
final class CellPlaces implements Places {

    private record Cell(int row, int column) {
    }

    private final List<String> headers;
    private final String mappingFile;
    private final JsonLocations mapping;
    private final Map<String, Cell> cells = new HashMap<>();
    private final Map<String, String> mappingValues = new HashMap<>();

    CellPlaces(List<String> headers, String mappingFile, JsonLocations mapping) {
        this.headers = List.copyOf(headers);
        this.mappingFile = mappingFile;
        this.mapping = mapping;
    }

    /** @param column 0-based, or -1 for a row as a whole */
    void cell(String pointer, int row, int column) {
        cells.put(pointer, new Cell(row, column));
    }

    /** The field's value comes from the mapping, at {@code mappingPointer}. */
    void mapping(String pointer, String mappingPointer) {
        mappingValues.put(pointer, mappingPointer);
    }

    @Override
    public JsonLocations.Position find(String pointer) {
        String at = nearest(pointer);
        if (at == null) {
            return new JsonLocations.Position(1, 1);
        }
        Cell cell = cells.get(at);
        return cell != null ? new JsonLocations.Position(cell.row(), cell.column() + 1) : mapping.find(mappingValues.get(at));
    }

    @Override
    public Optional<String> fileOf(String pointer) {
        String at = nearest(pointer);
        return at != null && mappingValues.containsKey(at) ? Optional.of(mappingFile) : Optional.empty();
    }

    @Override
    public String name(String pointer) {
        String at = nearest(pointer);
        if (at == null) {
            return pointer;
        }
        Cell cell = cells.get(at);
        if (cell == null) {
            return mappingValues.get(at);
        }
        return cell.column() < 0 ? "row " + cell.row() : "row " + cell.row() + ", column \"" + headers.get(cell.column()) + "\"";
    }

    private String nearest(String pointer) {
        String current = pointer;
        while (!cells.containsKey(current) && !mappingValues.containsKey(current)) {
            if (current.isEmpty()) {
                return null;
            }
            current = current.substring(0, current.lastIndexOf('/'));
        }
        return current;
    }
}
