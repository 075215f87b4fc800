package org.backchannel.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How openly a channel works, from most to least hidden. */
public enum Secrecy {
    SECRET("secret"),
    DENIABLE("deniable"),
    ACKNOWLEDGED("acknowledged"),
    PUBLIC("public");

    private final String code;

    Secrecy(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Secrecy> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Secrecy::code).toList();
    }
}
