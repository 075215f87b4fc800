package org.backchannel.model;

import java.util.List;
import java.util.Optional;

/** What a cited source is. Only documents can be quoted verbatim. */
public enum SourceKind implements CodedValue {
    ARTICLE("article"),
    DOCUMENT("document"),
    COMMON_KNOWLEDGE("common-knowledge");

    private final String code;

    SourceKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean isQuotable() {
        return this != COMMON_KNOWLEDGE;
    }

    public static Optional<SourceKind> fromCode(String code) {
        return CodedValue.fromCode(SourceKind.class, code);
    }

    public static List<String> codes() {
        return CodedValue.codes(SourceKind.class);
    }
}
