package org.backchannel.app.explorer;

import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;

/** The status bar's sentence: how much is shown of what is loaded, which filters are on, what is selected. */
final class StatusText {

    private StatusText() {
    }

    /**
     * @param cap the scene cap when the store held more than it, else 0
     * @param available how many nodes the store held: exactly, or when not {@code availableExact} more than that
     */
    static String of(LoadedGraph loaded, VisibleGraph shown, String filters, int selected, int cap, long available,
                     boolean availableExact) {
        return "Showing " + shown.nodeIds().size() + " of " + loaded.nodeCount() + " nodes, "
                + shown.linkIds().size() + " of " + loaded.linkCount() + " links"
                + (filters.isEmpty() ? "" : " · filters: " + filters)
                + (selected == 0 ? "" : " · " + selected + " selected")
                + (cap > 0 ? " · capped at " + cap + " of " + (availableExact ? "" : "more than ") + available + " nodes: narrow the filters or expand" : "");
    }
}
