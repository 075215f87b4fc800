package org.backchannel.render;

import java.util.Objects;
import org.backchannel.model.NodeKind;

/**
 * A node as it is on screen, in world coordinates: built by the app from the graph, the layout and the
 * selection, so that painting needs nothing else.
 *
 * @param kind {@code null} for a label the app does not know
 * @param group for such a node, its labels as the store names them, so that each gets its own colour and
 *              legend entry; null otherwise
 * @param radius in world units
 * @param dimmed pushed into the background (filtered out, or not near the selection)
 * @param pinned fixed by the user, so that the layout does not move it
 * @param community the number of its community when nodes are coloured by community (see {@link CommunityColours}),
 *                  -1 when they are coloured by kind
 */
public record SceneNode(String id, NodeKind kind, String label, double x, double y, double radius,
                        boolean selected, boolean highlighted, boolean dimmed, boolean pinned, String group, int community) {

    /** A node coloured by its kind (or its labels, for {@code group}). */
    public SceneNode(String id, NodeKind kind, String label, double x, double y, double radius,
                     boolean selected, boolean highlighted, boolean dimmed, boolean pinned, String group) {
        this(id, kind, label, x, y, radius, selected, highlighted, dimmed, pinned, group, -1);
    }

    /** A node of one of Backchannel's kinds, or of labels drawn alike. */
    public SceneNode(String id, NodeKind kind, String label, double x, double y, double radius,
                     boolean selected, boolean highlighted, boolean dimmed, boolean pinned) {
        this(id, kind, label, x, y, radius, selected, highlighted, dimmed, pinned, null, -1);
    }

    public SceneNode {
        Objects.requireNonNull(id, "id");
        label = label == null ? "" : label;
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("node " + id + " has no finite position: " + x + ", " + y);
        }
        if (!(radius >= 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("node " + id + " has an invalid radius: " + radius);
        }
    }
}
