package org.backchannel.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Whether the source states a fact or only supposes it. */
public enum Certainty {
    ATTESTED("attested"),
    SPECULATIVE("speculative");

    private final String code;

    Certainty(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Certainty> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Certainty::code).toList();
    }
}
