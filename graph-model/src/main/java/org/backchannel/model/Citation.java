package org.backchannel.model;

import java.util.Objects;

/**
 * The evidence for one fact: which source, and the words in it that support the fact. For a
 * common-knowledge source the quote is a statement of the fact, not a quotation.
 */
public record Citation(String sourceId, String quote, String note) {

    public Citation {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(quote, "quote");
    }
}
