package org.backchannel.dataset;

import java.util.List;
import org.backchannel.dataset.DatasetJson.SourceJson;

/**
 * An import specification, as written: how the columns of an exchange sheet (one row per exchange)
 * become a dataset. Every field is optional here so that checking, not binding, says what is missing
 * and where. See docs/spreadsheet-import.md.
 */
record SheetMapping(String format, String sheet, DatasetPart dataset, String delimiter, List<SourceJson> sources,
                    Columns columns, LinkSheet links, Defaults defaults, Boolean rowsAreEvidence) {

    static final String FORMAT = "backchannel-mapping/1";
    static final String EXCHANGES = "exchanges";
    /** A sheet of nodes (one row per node), with a sheet of links beside it, as graph exports come. */
    static final String NODES = "nodes";

    /** The fields each kind of sheet maps; any other named in {@code columns} is refused. */
    static final List<String> EXCHANGE_FIELDS = List.of("id", "from", "fromId", "to", "toId", "date", "start", "end", "channel",
            "channelId", "channelType", "secrecy", "outcome", "outcomeCategory", "quote", "source");
    static final List<String> NODE_FIELDS = List.of("id", "kind", "name", "category", "channelType", "secrecy", "date", "start",
            "end", "quote", "source");
    static final List<String> LINK_FIELDS = List.of("id", "from", "to", "type", "channel", "date", "start", "end", "quote",
            "source");

    /** The sheet of links beside a node sheet: its file (relative to the mapping) and its columns. */
    record LinkSheet(String file, String delimiter, Columns columns) {
    }

    /** The dataset the sheet becomes. */
    record DatasetPart(String id, String title, String description, List<String> revises) {
    }

    /**
     * For each field, the header of the column that holds it: of an exchange, a node or a link,
     * depending on the sheet ({@link #EXCHANGE_FIELDS}, {@link #NODE_FIELDS}, {@link #LINK_FIELDS}).
     */
    record Columns(String id, String from, String fromId, String to, String toId, String date, String start, String end,
                   String channel, String channelId, String channelType, String secrecy, String outcome, String outcomeCategory,
                   String quote, String source, String kind, String name, String category, String type) {
    }

    /** Values for every row where a column is not mapped or a cell is empty. */
    record Defaults(String partyKind, String partyCategory, String channelType, String secrecy, String outcomeCategory,
                    String source, String kind, String type) {
    }

    boolean rowsCite() {
        return Boolean.TRUE.equals(rowsAreEvidence);
    }
}
