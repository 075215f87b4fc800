package org.backchannel.app.channels;

import java.util.List;
import org.backchannel.exploration.Exploration;
import org.backchannel.model.GraphNode;

/** Why two picked parties cannot be asked about yet, in a sentence for the pane; null when they can. */
final class PartiesCheck {

    private PartiesCheck() {
    }

    static String refusal(GraphNode a, GraphNode b, Exploration exploration) {
        if (a == null || b == null) {
            return "Pick two parties: two actors, or two states or organizations.";
        }
        if (a.id().equals(b.id())) {
            return "The two parties are the same node.";
        }
        for (GraphNode party : List.of(a, b)) {
            if (!exploration.inScene(party.id())) {
                return party.name() + " is not in the scene: bring it in (search, or expand a neighbour) first.";
            }
        }
        return null;
    }
}
