package org.backchannel.app.testing;

import java.util.List;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;

/** What the real store's overview sends: the elements without description and citations, so fakes load what the app really gets. */
public final class Outlines {

    private Outlines() {
    }

    public static GraphNode of(GraphNode node) {
        return node.isForeign() ? node : new GraphNode(node.id(), node.kind(), node.name(), node.aliases(), node.category(),
                node.channelType(), node.secrecy(), null, node.span(), node.certainty(), List.of());
    }

    public static GraphLink of(GraphLink link) {
        return new GraphLink(link.id(), link.type(), link.fromId(), link.toId(), link.channelId(), link.role(), null,
                link.span(), link.certainty(), List.of(), link.otherType(), link.sourceIds());
    }
}
