package org.backchannel.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a cited source is. Only documents can be quoted verbatim. */
public enum SourceKind {
    ARTICLE("article"),
    DOCUMENT("document"),
    COMMON_KNOWLEDGE("common-knowledge");

    private final String code;

    SourceKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isQuotable() {
        return this != COMMON_KNOWLEDGE;
    }

    public static Optional<SourceKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(SourceKind::code).toList();
    }
}
