package org.backchannel.app.graph;

import java.util.function.Predicate;
import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.ExplorationEvent;
import org.backchannel.exploration.ExplorationEvent.Cause;

/**
 * Whether the view follows the layout, fitting the graph as it settles. It does in a fresh session, until the analyst
 * moves the view or a node is centred; a new overview or layout mode makes it follow again. A saved view put back (a
 * reopened session) is kept while nothing else changes, but the analyst's next change of what is shown (a filter, Clear
 * all) fits again as in a fresh session: the saved zoom was chosen for what was shown then. A view centred on a node
 * is kept while that node is drawn; a change that takes it away (an era it has no date in) fits again, for the view
 * was held for a node no longer there, and what is left would stay where the old layout's corner put it.
 */
final class ViewFollowing {

    private boolean follows = true;
    private boolean restored;
    /** The node the view was last centred on, while the analyst has not moved the view since; else null. */
    private String centredOn;

    boolean follows() {
        return follows;
    }

    /** The analyst panned or zoomed: the view stays where it was put. */
    void moved() {
        follows = false;
        restored = false;
        centredOn = null;
    }

    /** The view was centred on a node: it stays there while the node is drawn. */
    void centred(String nodeId) {
        moved();
        centredOn = nodeId;
    }

    /** A saved view was put back. */
    void restored() {
        follows = false;
        restored = true;
    }

    /**
     * An event that lays the graph out again (see {@link ExplorationEvent#wantsLayout}).
     *
     * @param drawn whether a node is drawn after the event
     */
    void layoutWanted(ExplorationEvent event, Predicate<String> drawn) {
        boolean centredGone = centredOn != null && !drawn.test(centredOn);
        follows |= event.cause() == Cause.LOADED || event.touches(Aspect.LAYOUT_MODE) || restored && event.cause() == Cause.COMMAND
                || centredGone;
        restored = false;
        if (follows) {
            centredOn = null;
        }
    }
}
