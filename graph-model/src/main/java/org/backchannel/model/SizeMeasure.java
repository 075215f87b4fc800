package org.backchannel.model;

import java.util.Locale;

/**
 * What a node's size says on screen and in figures: how many links it has in the scene, how often it
 * lies on the shortest ways between others (betweenness), how much the links around it lead to it
 * (PageRank), or nothing (every node alike).
 */
public enum SizeMeasure implements CodedValue {
    DEGREE("degree", "degree in the scene"),
    BETWEENNESS("betweenness", "betweenness"),
    PAGERANK("pagerank", "PageRank"),
    UNIFORM("uniform", "nothing (all alike)");

    private final String code;
    private final String title;

    SizeMeasure(String code, String title) {
        this.code = code;
        this.title = title;
    }

    @Override
    public String code() {
        return code;
    }

    /** How a legend and a menu name it: "size: betweenness". */
    public String title() {
        return title;
    }

    /** Whether the measure needs the scene's measures computed (degree is counted as the scene is built). */
    public boolean computed() {
        return this == BETWEENNESS || this == PAGERANK;
    }

    /** A value as a legend writes it: a whole number of links, a score to as many places as tell nodes apart. */
    public String format(double value) {
        return switch (this) {
            case DEGREE, UNIFORM -> Long.toString(Math.round(value));
            case BETWEENNESS -> String.format(Locale.ROOT, "%.3f", value);
            case PAGERANK -> String.format(Locale.ROOT, "%.4f", value);
        };
    }
}
