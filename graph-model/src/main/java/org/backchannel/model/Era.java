package org.backchannel.model;

import java.util.Arrays;
import java.util.List;

/**
 * Named eras of the history Backchannel covers. They overlap on purpose (détente lies inside the
 * Cold War), so one thing can belong to several eras.
 */
public enum Era {
    COLD_WAR("cold-war", "Cold War", new YearRange(1947, 1991)),
    DETENTE("detente", "Détente", new YearRange(1969, 1979)),
    POST_COLD_WAR("post-cold-war", "Post-Cold War", new YearRange(1992, 2013)),
    SINCE_2014("since-2014", "Since 2014", new YearRange(2014, 9999));

    private final String code;
    private final String displayName;
    private final YearRange years;

    Era(String code, String displayName, YearRange years) {
        this.code = code;
        this.displayName = displayName;
        this.years = years;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public YearRange years() {
        return years;
    }

    /** The eras a range of years touches, in chronological order. */
    public static List<Era> of(YearRange range) {
        return Arrays.stream(values()).filter(e -> e.years.overlaps(range)).toList();
    }
}
