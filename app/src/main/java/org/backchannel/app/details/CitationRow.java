package org.backchannel.app.details;

/**
 * A citation as the details pane shows it: the quoted words, the source in one line, whether it is
 * common knowledge rather than a quotation, and the dataset behind it (null when the store does
 * not say).
 */
public record CitationRow(String quote, String source, boolean commonKnowledge, String note, String dataset) {
}
