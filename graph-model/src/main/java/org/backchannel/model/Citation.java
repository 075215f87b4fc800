package org.backchannel.model;

import java.util.Objects;

/**
 * The evidence for one fact: which source, and the words in it that support the fact. For a
 * common-knowledge source the quote is a statement of the fact, not a quotation. {@code datasetId}
 * names the dataset that made the citation when it was read from a store holding several; it is
 * null in a dataset file, whose citations are all its own.
 */
public record Citation(String sourceId, String quote, String note, String datasetId) {

    public Citation {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(quote, "quote");
    }

    /** A citation as a dataset file writes it. */
    public Citation(String sourceId, String quote, String note) {
        this(sourceId, quote, note, null);
    }
}
