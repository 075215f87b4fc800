package org.backchannel.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.model.SharedLinkColumns;

/**
 * Everything that is to be painted, in world coordinates; nodes are painted in list order within a layer.
 *
 * @param key what node sizes and colours mean, for the legend; null when the scene does not say
 */
public record GraphScene(List<SceneNode> nodes, List<SceneLink> links, NodeKey key) {

    public GraphScene {
        // Columns, not a record per node or link: a 100,000-node, 500,000-link scene is on screen at once.
        SceneNodes columns = SceneNodes.copyOf(nodes);
        nodes = columns;
        links = SceneLinks.copyOf(links, columns);
    }

    /** A scene whose legend says nothing of node sizes. */
    public GraphScene(List<SceneNode> nodes, List<SceneLink> links) {
        this(nodes, links, null);
    }

    /**
     * A scene whose links read their ids from {@code shared} (the loaded graph's columns) where it holds every one of
     * them in the links' order, rather than keeping a column of their own (6 MB at 500,000 links), and whose ends are
     * the graph's where they are the same (4 MB more).
     */
    public static GraphScene sharing(List<SceneNode> nodes, List<SceneLink> links, NodeKey key, SharedLinkColumns shared) {
        SceneNodes kept = SceneNodes.copyOf(nodes);
        return new GraphScene(kept, SceneLinks.sharing(links, kept, shared), key);
    }

    /**
     * The nodes by id, for finding a link's ends. Built on every call: painters call it once per frame
     * rather than keep a map that could go stale.
     */
    public Map<String, SceneNode> nodesById() {
        Map<String, SceneNode> byId = new HashMap<>(nodes.size() * 2);
        for (SceneNode node : nodes) {
            byId.put(node.id(), node);
        }
        return byId;
    }
}
