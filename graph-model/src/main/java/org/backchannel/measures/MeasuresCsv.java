package org.backchannel.measures;

import java.util.ArrayList;
import java.util.List;

/** The measures as CSV lines, one row per node, as the command line and the window both write them. */
public final class MeasuresCsv {

    public static final String HEADER = "id,name,degree,betweenness,pagerank,community";

    private MeasuresCsv() {
    }

    public static List<String> lines(List<NodeMeasures> rows) {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (NodeMeasures r : rows) {
            lines.add(String.join(",", quoted(r.nodeId()), quoted(r.name()), Integer.toString(r.degree()),
                    Double.toString(r.betweenness()), Double.toString(r.pageRank()), Integer.toString(r.community())));
        }
        return lines;
    }

    /** RFC 4180: every field in quotes, quotes inside doubled. */
    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
