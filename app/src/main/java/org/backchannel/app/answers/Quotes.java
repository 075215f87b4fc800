package org.backchannel.app.answers;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.model.Citation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.store.GraphStore;

/**
 * The quotes behind the elements of an answer. The scene holds outlines without citations (see
 * docs/architecture.md), so each element is asked of the store once, by id, in the background with
 * the answer. An answer naming more than {@link #MAX_ASKED} elements gets the quotes of the first ones
 * and says of the others where their evidence is.
 */
public final class Quotes {

    /** The most elements one answer asks the store about: one short read each. */
    public static final int MAX_ASKED = 300;

    static final String NOT_ASKED = "(more elements than this answer fetches quotes for: select it to read its evidence in the details pane)";

    private final Map<String, List<Citation>> byId;

    private Quotes(Map<String, List<Citation>> byId) {
        this.byId = byId;
    }

    /** The elements' own citations, for a store that is not there (tests, a closed store). */
    public static Quotes fetch(GraphStore store, Collection<GraphNode> nodes, Collection<GraphLink> links) {
        Map<String, List<Citation>> byId = new HashMap<>();
        for (GraphNode node : nodes) {
            if (byId.size() < MAX_ASKED && !byId.containsKey(node.id())) {
                byId.put(node.id(), !node.citations().isEmpty() || store == null ? node.citations()
                        : store.nodeDetails(node.id()).map(GraphNode::citations).orElse(List.of()));
            }
        }
        for (GraphLink link : links) {
            if (byId.size() < MAX_ASKED && !byId.containsKey(link.id())) {
                byId.put(link.id(), !link.citations().isEmpty() || store == null ? link.citations()
                        : store.linkDetails(link.id(), link.type()).map(GraphLink::citations).orElse(List.of()));
            }
        }
        return new Quotes(byId);
    }

    /** Each quote on an element as one line, “words” [source]; a line saying so when it was not asked for. */
    public List<String> lines(String id) {
        List<Citation> citations = byId.get(id);
        if (citations == null) {
            return List.of(NOT_ASKED);
        }
        return citations.stream().map(c -> "“" + c.quote() + "” [" + c.sourceId() + "]").toList();
    }

    /** The first quote, for a table cell; empty when the element cites nothing. */
    public String first(String id) {
        List<String> lines = lines(id);
        return lines.isEmpty() ? "" : lines.get(0);
    }
}
