package org.backchannel.model;

import java.util.Objects;

/** A document facts are cited from, or the stand-in for common knowledge. Optional fields are null when unknown. */
public record Source(String id, SourceKind kind, String title, String author, String publisher,
                     PartialDate date, String url, String note) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
    }
}
