package org.backchannel.app.details;

/**
 * A citation as the details pane shows it: the quoted words, the source in one line, and whether
 * it is common knowledge rather than a quotation.
 */
public record CitationRow(String quote, String source, boolean commonKnowledge, String note) {
}
