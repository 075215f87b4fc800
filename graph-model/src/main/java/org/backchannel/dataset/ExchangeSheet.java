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
import org.backchannel.json.ProblemLog;
import org.backchannel.model.Dataset;

/**
 * Turns the rows of an exchange sheet into the same unchecked dataset a JSON file gives, telling
 * {@link CellPlaces} which row each link and node comes from, so that the one validator's problems
 * name row and column. Each row is a spoke-with link between two parties through a channel, and a
 * led-to link from the channel to the outcome when the row names one.
 */
final class ExchangeSheet {

    private final SheetMapping mapping;
    private final Defaults defaults;
    private final Map<String, Integer> columnOf;
    private final CellPlaces places;
    private final ProblemLog log;
    private final String sheetName;
    private final SheetNodes nodes;
    private final List<LinkJson> links = new ArrayList<>();

    /** @param columnOf each mapped field's 0-based column, by its name in {@link SheetMapping.Columns} */
    ExchangeSheet(SheetMapping mapping, Map<String, Integer> columnOf, CellPlaces places, ProblemLog log, String sheetName) {
        this.mapping = mapping;
        this.defaults = mapping.defaults() != null ? mapping.defaults() : new Defaults(null, null, null, null, null, null, null, null);
        this.columnOf = Map.copyOf(columnOf);
        this.places = places;
        this.log = log;
        this.sheetName = sheetName;
        this.nodes = new SheetNodes(log);
    }

    DatasetJson build(List<CSVRecord> rows, RowProgress progress) {
        for (int i = 0; i < rows.size(); i++) {
            add(rows.get(i));
            if ((i + 1) % RowProgress.EVERY == 0 || i + 1 == rows.size()) {
                progress.rowsRead(i + 1, rows.size());
            }
        }
        List<NodeJson> nodeJson = new ArrayList<>();
        for (SheetNodes.Draft d : nodes.all()) {
            places.node(d.row, d.role, d.citationRows);
            nodeJson.add(d.json());
        }
        SheetMapping.DatasetPart part = mapping.dataset();
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
        CitationJson citation = citation(row, r);
        String partyKind = defaults.partyKind() != null ? defaults.partyKind() : "actor";
        String partyCategory = defaults.partyCategory() != null ? defaults.partyCategory() : "person";
        String from = node(row, r, "from", partyKind, partyCategory, null, null, citation);
        String to = node(row, r, "to", partyKind, partyCategory, null, null, citation);
        String channel = node(row, r, "channel", "channel", null, cellOr(row, "channelType", defaults.channelType()),
                cellOr(row, "secrecy", defaults.secrecy()), citation);
        String id = cell(row, "id");
        places.link(r, "from", "to");
        links.add(new LinkJson(id != null ? id : "exchange-" + r, "spoke-with", from, to, channel, null, null, cell(row, "date"),
                cell(row, "start"), cell(row, "end"), null, citation == null ? null : List.of(citation)));
        if (cell(row, "outcome") != null && channel != null) {
            String outcome = node(row, r, "outcome", "outcome", cellOr(row, "outcomeCategory", defaults.outcomeCategory()),
                    null, null, citation);
            places.link(r, "channel", "outcome");
            links.add(new LinkJson("outcome-" + r, "led-to", channel, outcome, null, null, null, cell(row, "date"),
                    cell(row, "start"), cell(row, "end"), null, citation == null ? null : List.of(citation)));
        }
    }

    /** The id of the node named in the column of {@code role}, or null when the cell is blank. */
    private String node(CSVRecord row, int r, String role, String kind, String category, String channelType, String secrecy,
                        CitationJson citation) {
        String name = cell(row, role);
        if (name == null) {
            return null;
        }
        String id = cellOr(row, role + "Id", SheetNodes.idOf(role.equals("from") || role.equals("to") ? "party" : role, name));
        return nodes.mention(new SheetNodes.Draft(id, kind, name, category, channelType, secrecy, r, role),
                "/rows/" + r + "/" + role, citation).id;
    }

    private CitationJson citation(CSVRecord row, int r) {
        String quote = cell(row, "quote");
        if (quote == null && mapping.rowsCite()) {
            return new CitationJson(sheetSourceId(), "row " + r + " of " + sheetName, null);
        }
        if (quote == null) {
            log.add("/rows/" + r + "/quote", "the row has no quote", "quote the words of the source "
                    + "behind this exchange, or set \"rowsAreEvidence\": true in the mapping if the sheet itself is the evidence");
            return null;
        }
        return new CitationJson(cellOr(row, "source", defaults.source()), quote, null);
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
