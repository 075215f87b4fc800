package org.backchannel.model;

import java.util.List;
import java.util.Optional;

/** How openly a channel works, from most to least hidden. */
public enum Secrecy implements CodedValue {
    SECRET("secret"),
    DENIABLE("deniable"),
    ACKNOWLEDGED("acknowledged"),
    PUBLIC("public");

    private final String code;

    Secrecy(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<Secrecy> fromCode(String code) {
        return CodedValue.fromCode(Secrecy.class, code);
    }

    public static List<String> codes() {
        return CodedValue.codes(Secrecy.class);
    }
}
