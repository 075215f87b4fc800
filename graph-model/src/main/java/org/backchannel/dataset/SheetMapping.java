package org.backchannel.dataset;

import java.util.List;
import org.backchannel.dataset.DatasetJson.SourceJson;

/**
 * An import specification, as written: how the columns of an exchange sheet (one row per exchange)
 * become a dataset. Every field is optional here so that checking, not binding, says what is missing
 * and where. See docs/spreadsheet-import.md.
 */
record SheetMapping(String format, String sheet, DatasetPart dataset, String delimiter, List<SourceJson> sources,
                    Columns columns, Defaults defaults, Boolean rowsAreEvidence) {

    static final String FORMAT = "backchannel-mapping/1";
    static final String EXCHANGES = "exchanges";

    /** The dataset the sheet becomes. */
    record DatasetPart(String id, String title, String description, List<String> revises) {
    }

    /** For each field of an exchange, the header of the column that holds it. */
    record Columns(String id, String from, String fromId, String to, String toId, String date, String start, String end, String channel, String channelId, String channelType,
                   String secrecy, String outcome, String outcomeCategory, String quote, String source) {
    }

    /** Values for every row where a column is not mapped or a cell is empty. */
    record Defaults(String partyKind, String partyCategory, String channelType, String secrecy, String outcomeCategory,
                    String source) {
    }

    boolean rowsCite() {
        return Boolean.TRUE.equals(rowsAreEvidence);
    }
}
