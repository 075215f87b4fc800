package org.backchannel.model;

import java.util.List;
import java.util.Optional;

/** Whether the source states a fact or only supposes it. */
public enum Certainty implements CodedValue {
    ATTESTED("attested"),
    SPECULATIVE("speculative");

    private final String code;

    Certainty(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<Certainty> fromCode(String code) {
        return CodedValue.fromCode(Certainty.class, code);
    }

    public static List<String> codes() {
        return CodedValue.codes(Certainty.class);
    }
}
