package org.backchannel.app.overview;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.store.StoreSummary;

/** One line of the overview: what was counted and how many there are. */
public record CountRow(String label, long count, boolean total) {

    static List<CountRow> nodeRows(StoreSummary summary) {
        List<CountRow> rows = new ArrayList<>();
        for (NodeKind kind : NodeKind.values()) {
            rows.add(new CountRow(plural(kind), summary.nodes(kind), false));
        }
        rows.add(new CountRow("Nodes in all", summary.totalNodes(), true));
        return rows;
    }

    static List<CountRow> linkRows(StoreSummary summary) {
        List<CountRow> rows = new ArrayList<>();
        for (LinkType type : LinkType.values()) {
            rows.add(new CountRow(type.code(), summary.links(type), false));
        }
        rows.add(new CountRow("Links in all", summary.totalLinks(), true));
        return rows;
    }

    private static String plural(NodeKind kind) {
        return switch (kind) {
            case ACTOR -> "Actors";
            case ORGANIZATION -> "Organizations and states";
            case CHANNEL -> "Channels";
            case EVENT -> "Events";
            case OUTCOME -> "Outcomes";
        };
    }
}
