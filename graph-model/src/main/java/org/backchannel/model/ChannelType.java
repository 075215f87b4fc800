package org.backchannel.model;

import java.util.List;
import java.util.Optional;

/** The closed vocabulary of channel types; see docs/dataset-format.md for their definitions. */
public enum ChannelType implements CodedValue {
    BACK_CHANNEL("back-channel", "Back channel"),
    HEAD_OF_STATE_LINE("head-of-state-line", "Official head-of-state line"),
    OFFICIAL_TALKS("official-talks", "Official talks / summit"),
    DIPLOMATIC_MISSION("diplomatic-mission", "Diplomatic mission"),
    TRUSTED_EMISSARY("trusted-emissary", "Trusted emissary"),
    INTELLIGENCE("intelligence", "Intelligence"),
    PARLIAMENTARY("parliamentary", "Parliamentary"),
    CIVIL_SOCIETY("civil-society", "Civil society");

    private final String code;
    private final String displayName;

    ChannelType(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    @Override
    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<ChannelType> fromCode(String code) {
        return CodedValue.fromCode(ChannelType.class, code);
    }

    public static List<String> codes() {
        return CodedValue.codes(ChannelType.class);
    }
}
