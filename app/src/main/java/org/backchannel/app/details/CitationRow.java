package org.backchannel.app.details;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A citation as the details pane shows it: the quoted words, the source in one line, whether it is
 * common knowledge rather than a quotation, and the dataset behind it (null when the store does
 * not say).
 */
public record CitationRow(String quote, String source, boolean commonKnowledge, String note, String dataset) {

    /**
     * The evidence grouped by source: each source's citations together, sources in the order they
     * are first cited, so that an element two datasets support reads as what each document says.
     */
    static List<CitationRow> groupedBySource(List<CitationRow> rows) {
        Map<String, List<CitationRow>> bySource = new LinkedHashMap<>();
        rows.forEach(row -> bySource.computeIfAbsent(row.source(), s -> new ArrayList<>()).add(row));
        return bySource.values().stream().flatMap(List::stream).toList();
    }
}
