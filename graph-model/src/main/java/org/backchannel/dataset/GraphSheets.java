package org.backchannel.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.backchannel.dataset.DatasetJson.CitationJson;
import org.backchannel.dataset.DatasetJson.LinkJson;
import org.backchannel.dataset.DatasetJson.NodeJson;
import org.backchannel.dataset.DatasetJson.SourceJson;
import org.backchannel.dataset.SheetMapping.Defaults;
import org.backchannel.model.Dataset;

/**
 * Turns a node sheet (one row per node: id, kind, name, category, dates) and the link sheet beside
 * it (one row per link: from id, to id, type, channel, dates) into the same unchecked dataset a JSON
 * file gives, telling {@link GraphSheetPlaces} which row each element comes from.
 */
final class GraphSheets {

    private final SheetMapping mapping;
    private final Defaults defaults;
    private final GraphSheetPlaces.SheetPart nodeSheet;
    private final GraphSheetPlaces.SheetPart linkSheet;
    GraphSheets(SheetMapping mapping, GraphSheetPlaces.SheetPart nodeSheet, GraphSheetPlaces.SheetPart linkSheet) {
        this.mapping = mapping;
        this.defaults = mapping.defaults() != null ? mapping.defaults() : new Defaults(null, null, null, null, null, null, null, null);
        this.nodeSheet = nodeSheet;
        this.linkSheet = linkSheet;
    }

    DatasetJson build(List<CSVRecord> nodeRows, List<CSVRecord> linkRows, RowProgress progress) {
        int total = nodeRows.size() + linkRows.size();
        List<NodeJson> nodes = new ArrayList<>(nodeRows.size());
        for (CSVRecord row : nodeRows) {
            int r = (int) row.getRecordNumber();
            nodeSheet.rows.add(r);
            Map<String, Integer> at = nodeSheet.columnOf;
            String kind = cellOr(row, at, "kind", defaults.kind());
            // The channel defaults are for channels: an actor's row with no channel type is not missing one.
            boolean channel = "channel".equals(kind);
            nodes.add(new NodeJson(cell(row, at, "id"), kind, cell(row, at, "name"), null, cell(row, at, "category"),
                    cellOr(row, at, "channelType", channel ? defaults.channelType() : null),
                    cellOr(row, at, "secrecy", channel ? defaults.secrecy() : null), null, cell(row, at, "date"),
                    cell(row, at, "start"), cell(row, at, "end"), null, citations(row, at, r, nodeSheet.name)));
            tell(progress, nodes.size(), total);
        }
        List<LinkJson> links = new ArrayList<>(linkRows.size());
        for (CSVRecord row : linkRows) {
            int r = (int) row.getRecordNumber();
            linkSheet.rows.add(r);
            Map<String, Integer> at = linkSheet.columnOf;
            String id = cell(row, at, "id");
            links.add(new LinkJson(id != null ? id : "link-" + r, cellOr(row, at, "type", defaults.type()), cell(row, at, "from"),
                    cell(row, at, "to"), cell(row, at, "channel"), null, null, cell(row, at, "date"), cell(row, at, "start"),
                    cell(row, at, "end"), null, citations(row, at, r, linkSheet.name)));
            tell(progress, nodes.size() + links.size(), total);
        }
        SheetMapping.DatasetPart part = mapping.dataset();
        return new DatasetJson(Dataset.FORMAT, part.id(), part.revises(), part.title(), part.description(), sources(), nodes, links);
    }

    private static void tell(RowProgress progress, int done, int total) {
        if (done % RowProgress.EVERY == 0 || done == total) {
            progress.rowsRead(done, total);
        }
    }

    private List<SourceJson> sources() {
        List<SourceJson> sources = new ArrayList<>(mapping.sources() == null ? List.of() : mapping.sources());
        if (mapping.rowsCite()) {
            for (String sheet : List.of(nodeSheet.name, linkSheet.name)) {
                sources.add(new SourceJson(sheetSourceId(sheet), "document", "Spreadsheet " + sheet, null, null, null, null, null,
                        "each row of the sheet is its own evidence"));
            }
        }
        return sources;
    }

    private static String sheetSourceId(String sheet) {
        return SheetNodes.idOf("sheet", sheet.substring(sheet.lastIndexOf('/') + 1)) + "-rows";
    }

    private List<CitationJson> citations(CSVRecord row, Map<String, Integer> at, int r, String sheet) {
        String quote = cell(row, at, "quote");
        if (quote == null && mapping.rowsCite()) {
            return List.of(new CitationJson(sheetSourceId(sheet), "row " + r + " of " + sheet, null));
        }
        if (quote == null) {
            // The validator names the row's quote cell, where the quote should be.
            return List.of(new CitationJson(cellOr(row, at, "source", defaults.source()), null, null));
        }
        return List.of(new CitationJson(cellOr(row, at, "source", defaults.source()), quote, null));
    }

    /** The cell's text, or null when the field has no column or the cell is blank. Formulas stay plain text. */
    private static String cell(CSVRecord row, Map<String, Integer> at, String field) {
        Integer column = at.get(field);
        if (column == null || column >= row.size()) {
            return null;
        }
        String value = row.get(column);
        return value.isBlank() ? null : value.strip();
    }

    private static String cellOr(CSVRecord row, Map<String, Integer> at, String field, String fallback) {
        String value = cell(row, at, field);
        return value != null ? value : fallback;
    }
}
