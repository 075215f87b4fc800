package org.backchannel.render;

import java.util.Set;

/**
 * What the analyst is looking at in a scene: the selected nodes and the highlighted node and link ids (a hovered
 * node's neighbourhood, a path, a search, a picked exchange). Drawn over a scene built without them (see
 * {@link HighlightOverlay}), so that hovering a node of 100,000 touches only what it lights up.
 *
 * @param highlighted when not empty, everything else is dimmed
 */
public record SceneDecoration(Set<String> selected, Set<String> highlighted) {

    public static final SceneDecoration NONE = new SceneDecoration(Set.of(), Set.of());

    public SceneDecoration {
        selected = Set.copyOf(selected);
        highlighted = Set.copyOf(highlighted);
    }

    /** Whether anything is dimmed: something is highlighted. */
    public boolean dims() {
        return !highlighted.isEmpty();
    }

    /**
     * Whether a link stands out: it is highlighted itself, or both its ends are and nothing else is (two nodes
     * asked for, with whatever links them). The one rule for scenes built with highlights and for the overlay.
     */
    public static boolean linkLit(Set<String> highlighted, String id, String fromId, String toId) {
        return highlighted.contains(id)
                || (highlighted.size() < 3 && highlighted.contains(fromId) && highlighted.contains(toId));
    }

    /** The node as this decoration shows it; the same object when nothing about it changes. */
    SceneNode on(SceneNode node) {
        boolean selected = this.selected.contains(node.id());
        boolean lit = highlighted.contains(node.id());
        boolean dimmed = dims() && !lit;
        if (selected == node.selected() && lit == node.highlighted() && dimmed == node.dimmed()) {
            return node;
        }
        return new SceneNode(node.id(), node.kind(), node.label(), node.x(), node.y(), node.radius(), selected, lit,
                dimmed, node.pinned(), node.group(), node.community());
    }

    /** The link as this decoration shows it; the same object when nothing about it changes. */
    SceneLink on(SceneLink link) {
        boolean lit = linkLit(highlighted, link.id(), link.fromId(), link.toId());
        boolean dimmed = dims() && !lit;
        if (lit == link.highlighted() && dimmed == link.dimmed()) {
            return link;
        }
        return new SceneLink(link.id(), link.fromId(), link.toId(), link.type(), link.channelType(), link.secrecy(), lit,
                dimmed, link.label());
    }
}
