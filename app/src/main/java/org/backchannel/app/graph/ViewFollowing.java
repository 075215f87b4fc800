package org.backchannel.app.graph;

import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.ExplorationEvent;
import org.backchannel.exploration.ExplorationEvent.Cause;

/**
 * Whether the view follows the layout, fitting the graph as it settles. It does in a fresh session, until the analyst
 * moves the view or a node is centred; a new overview or layout mode makes it follow again. A saved view put back (a
 * reopened session) is kept while nothing else changes, but the analyst's next change of what is shown (a filter, Clear
 * all) fits again as in a fresh session: the saved zoom was chosen for what was shown then.
 */
final class ViewFollowing {

    private boolean follows = true;
    private boolean restored;

    boolean follows() {
        return follows;
    }

    /** The analyst panned or zoomed, or the view was centred on a node: it stays where it was put. */
    void moved() {
        follows = false;
        restored = false;
    }

    /** A saved view was put back. */
    void restored() {
        follows = false;
        restored = true;
    }

    /** An event that lays the graph out again (see {@link ExplorationEvent#wantsLayout}). */
    void layoutWanted(ExplorationEvent event) {
        follows |= event.cause() == Cause.LOADED || event.touches(Aspect.LAYOUT_MODE) || restored && event.cause() == Cause.COMMAND;
        restored = false;
    }
}
