package org.backchannel.synthetic;

import java.util.Arrays;
import java.util.Locale;

/** How links spread over nodes in a synthetic graph. */
public enum Shape {
    /** Every node of a kind is equally likely to be an end of a link: degrees stay close to the mean. */
    UNIFORM("uniform"),
    /**
     * Preferential attachment: a node is picked in proportion to its degree plus one, so a few hubs gather most
     * links, as in real communication graphs (a foreign ministry, a long-lived channel).
     */
    SCALE_FREE("scale-free");

    private final String code;

    Shape(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Shape parse(String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.code.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown shape " + text + "; use uniform or scale-free"));
    }
}
