package org.backchannel.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.backchannel.dataset.DatasetJson.CitationJson;
import org.backchannel.dataset.DatasetJson.LinkJson;
import org.backchannel.dataset.DatasetJson.NodeJson;
import org.backchannel.dataset.DatasetJson.SourceJson;
import org.backchannel.dataset.SheetMapping.Columns;
import org.backchannel.dataset.SheetMapping.Defaults;
import org.backchannel.model.Dataset;

/**
 * Turns the rows of an exchange sheet into the same unchecked dataset a JSON file gives, recording
 * the cell behind every field so that the one validator's problems name row and column. Each row is
 * a spoke-with link between two parties through a channel, and a led-to link from the channel to the
 * outcome when the row names one.
 */
final class ExchangeSheet {

    private final SheetMapping mapping;
    private final Columns columns;
    private final Defaults defaults;
    private final Map<String, Integer> columnOf;
    private final CellPlaces places;
    private final ProblemLog log;
    private final String sheetName;
    private final SheetNodes nodes;
    private final List<LinkJson> links = new ArrayList<>();

    /** @param columnOf each mapped field's 0-based column, by its name in {@link Columns} */
    ExchangeSheet(SheetMapping mapping, Map<String, Integer> columnOf, CellPlaces places, ProblemLog log, String sheetName) {
        this.mapping = mapping;
        this.columns = mapping.columns();
        this.defaults = mapping.defaults() != null ? mapping.defaults() : new Defaults(null, null, null, null, null, null);
        this.columnOf = Map.copyOf(columnOf);
        this.places = places;
        this.log = log;
        this.sheetName = sheetName;
        this.nodes = new SheetNodes(log);
    }

    DatasetJson build(List<CSVRecord> rows) {
        for (CSVRecord row : rows) {
            add(row);
        }
        List<NodeJson> nodeJson = new ArrayList<>();
        List<SheetNodes.Draft> drafts = nodes.all();
        for (int i = 0; i < drafts.size(); i++) {
            SheetNodes.Draft d = drafts.get(i);
            String at = "/nodes/" + i;
            int[] name = d.cells.get("name");
            places.cell(at, name[0], name[1]);
            d.cells.forEach((field, cell) -> places.cell(at + "/" + field, cell[0], cell[1]));
            for (int k = 0; k < d.citationRows.size(); k++) {
                citationPlaces(at + "/citations/" + k, d.citationRows.get(k));
            }
            defaultPlace(at + "/kind", "kind", "partyKind");
            defaultPlace(at + "/category", d.kind.equals("outcome") ? "outcomeCategory" : "category",
                    d.kind.equals("outcome") ? "outcomeCategory" : "partyCategory");
            defaultPlace(at + "/channelType", "channelType", "channelType");
            defaultPlace(at + "/secrecy", "secrecy", "secrecy");
            nodeJson.add(d.json());
        }
        SheetMapping.DatasetPart part = mapping.dataset();
        places.mapping("/id", "/dataset/id");
        places.mapping("/title", "/dataset/title");
        places.mapping("/description", "/dataset/description");
        places.mapping("/revises", "/dataset/revises");
        places.mapping("/sources", "/sources");
        return new DatasetJson(Dataset.FORMAT, part.id(), part.revises(), part.title(), part.description(), sources(),
                nodeJson, links);
    }

    private List<SourceJson> sources() {
        List<SourceJson> sources = new ArrayList<>(mapping.sources() == null ? List.of() : mapping.sources());
        if (mapping.rowsCite()) {
            sources.add(new SourceJson(sheetSourceId(), "document", "Spreadsheet " + sheetName, null, null, null, null, null,
                    "each row of the sheet is its own evidence"));
        }
        return sources;
    }

    private String sheetSourceId() {
        return SheetNodes.idOf("sheet", sheetName.substring(sheetName.lastIndexOf('/') + 1)) + "-rows";
    }

    private void add(CSVRecord row) {
        int r = (int) row.getRecordNumber();
        int j = links.size();
        String at = "/links/" + j;
        places.cell(at, r, -1);
        CitationJson citation = citation(row, r, at + "/citations/0");
        String partyKind = defaults.partyKind() != null ? defaults.partyKind() : "actor";
        String partyCategory = defaults.partyCategory() != null ? defaults.partyCategory() : "person";
        String from = party(row, r, "from", partyKind, partyCategory, citation);
        String to = party(row, r, "to", partyKind, partyCategory, citation);
        String channel = channel(row, r, citation);
        cellPlaces(at, r, "from", "to", "channel", "date", "start", "end");
        String id = cell(row, "id");
        cellPlaces(at, r, "id");
        links.add(new LinkJson(id != null ? id : "exchange-" + r, "spoke-with", from, to, channel, null, null, cell(row, "date"),
                cell(row, "start"), cell(row, "end"), null, citation == null ? null : List.of(citation)));
        String outcome = cell(row, "outcome");
        if (outcome != null && channel != null) {
            String category = cellOr(row, "outcomeCategory", defaults.outcomeCategory());
            Map<String, int[]> cells = cells(r, Map.of("name", "outcome", "category", "outcomeCategory"));
            String outcomeId = nodes.mention(new SheetNodes.Draft(SheetNodes.idOf("outcome", outcome), "outcome", outcome, category,
                    null, null), cells, "/rows/" + r + "/outcome", citation, r).id;
            String led = "/links/" + links.size();
            places.cell(led, r, columnOf.get("outcome"));
            cellPlaces(led, r, "date", "start", "end");
            links.add(new LinkJson("outcome-" + r, "led-to", channel, outcomeId, null, null, null, cell(row, "date"),
                    cell(row, "start"), cell(row, "end"), null, citation == null ? null : List.of(citation)));
            registerRow("/rows/" + r + "/outcome", cells);
        }
    }

    private String party(CSVRecord row, int r, String field, String kind, String category, CitationJson citation) {
        String name = cell(row, field);
        if (name == null) {
            return null;
        }
        Map<String, int[]> cells = cells(r, Map.of("name", field, "id", field + "Id"));
        registerRow("/rows/" + r + "/" + field, cells);
        String id = cellOr(row, field + "Id", SheetNodes.idOf("party", name));
        return nodes.mention(new SheetNodes.Draft(id, kind, name, category, null, null),
                cells, "/rows/" + r + "/" + field, citation, r).id;
    }

    private String channel(CSVRecord row, int r, CitationJson citation) {
        String name = cell(row, "channel");
        if (name == null) {
            return null;
        }
        Map<String, int[]> cells = cells(r, Map.of("name", "channel", "id", "channelId", "channelType", "channelType",
                "secrecy", "secrecy"));
        registerRow("/rows/" + r + "/channel", cells);
        mappingDefault("/rows/" + r + "/channel/channelType", "channelType");
        mappingDefault("/rows/" + r + "/channel/secrecy", "secrecy");
        String id = cellOr(row, "channelId", SheetNodes.idOf("channel", name));
        return nodes.mention(new SheetNodes.Draft(id, "channel", name, null,
                cellOr(row, "channelType", defaults.channelType()), cellOr(row, "secrecy", defaults.secrecy())),
                cells, "/rows/" + r + "/channel", citation, r).id;
    }

    private CitationJson citation(CSVRecord row, int r, String at) {
        String quote = cell(row, "quote");
        if (quote == null && mapping.rowsCite()) {
            return new CitationJson(sheetSourceId(), "row " + r + " of " + sheetName, null);
        }
        if (quote == null) {
            places.cell(at, r, columnOf.getOrDefault("quote", -1));
            log.add(at, "the row has no quote", "quote the words of the source behind this exchange, or set "
                    + "\"rowsAreEvidence\": true in the mapping if the sheet itself is the evidence");
            return null;
        }
        citationPlaces(at, r);
        return new CitationJson(cellOr(row, "source", defaults.source()), quote, null);
    }

    /** A citation is where its row's quote is; its source, where the row or the mapping names it. */
    private void citationPlaces(String at, int r) {
        places.cell(at, r, columnOf.getOrDefault("quote", -1));
        places.cell(at + "/quote", r, columnOf.getOrDefault("quote", -1));
        if (columnOf.containsKey("source")) {
            places.cell(at + "/source", r, columnOf.get("source"));
        } else {
            places.mapping(at + "/source", "/defaults/source");
        }
    }

    private void cellPlaces(String at, int r, String... fields) {
        for (String field : fields) {
            if (columnOf.containsKey(field)) {
                places.cell(at + "/" + field, r, columnOf.get(field));
            }
        }
    }

    private void registerRow(String pointer, Map<String, int[]> cells) {
        cells.forEach((field, cell) -> places.cell(field.equals("name") ? pointer : pointer + "/" + field, cell[0], cell[1]));
    }

    private void defaultPlace(String pointer, String column, String defaultField) {
        if (!columnOf.containsKey(column)) {
            places.mapping(pointer, "/defaults/" + defaultField);
        }
    }

    private void mappingDefault(String pointer, String field) {
        if (!columnOf.containsKey(field)) {
            places.mapping(pointer, "/defaults/" + field);
        }
    }

    /** The cells of the fields that have a column, by the node field they fill. */
    private Map<String, int[]> cells(int r, Map<String, String> columnByField) {
        Map<String, int[]> cells = new HashMap<>();
        columnByField.forEach((field, column) -> {
            if (columnOf.containsKey(column)) {
                cells.put(field, new int[] {r, columnOf.get(column)});
            }
        });
        return cells;
    }

    /** The cell's text, or null when the field has no column or the cell is blank. Formulas stay plain text. */
    private String cell(CSVRecord row, String field) {
        Integer column = columnOf.get(field);
        if (column == null || column >= row.size()) {
            return null;
        }
        String value = row.get(column);
        return value.isBlank() ? null : value.strip();
    }

    private String cellOr(CSVRecord row, String field, String fallback) {
        String value = cell(row, field);
        return value != null ? value : fallback;
    }
}
