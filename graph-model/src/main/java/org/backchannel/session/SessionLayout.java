package org.backchannel.session;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How the scene was laid out: by forces, or left to right by date. */
public enum SessionLayout {
    FORCE, TIMELINE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SessionLayout> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(SessionLayout::code).toList();
    }
}
