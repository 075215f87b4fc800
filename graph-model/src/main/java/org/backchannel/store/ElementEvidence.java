package org.backchannel.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.model.Citation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;

/**
 * The citations behind a scene's elements. The scene holds outlines without citations (see
 * docs/architecture.md), so an element that carries none is asked of the store once, by id, in a read
 * transaction; the answer is kept for the next question about it.
 */
public final class ElementEvidence {

    private final GraphStore store;
    private final Map<String, List<Citation>> byLink = new HashMap<>();
    private final Map<String, List<Citation>> byNode = new HashMap<>();

    public ElementEvidence(GraphStore store) {
        this.store = store;
    }

    public List<Citation> of(GraphLink link) {
        if (!link.citations().isEmpty()) {
            return link.citations();
        }
        return byLink.computeIfAbsent(link.id(),
                id -> store.linkDetails(id, link.type()).map(GraphLink::citations).orElse(List.of()));
    }

    public List<Citation> of(GraphNode node) {
        if (!node.citations().isEmpty()) {
            return node.citations();
        }
        return byNode.computeIfAbsent(node.id(), id -> store.nodeDetails(id).map(GraphNode::citations).orElse(List.of()));
    }
}
