package org.backchannel.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The selection and the highlights, drawn over a scene built without them: what a frame paints fine (the
 * elements near the view, see {@link CrowdLayer#near()}) as the {@link SceneDecoration} shows them, and the
 * selected and highlighted elements that the crowd layer holds, fine on top of it. A hover on a 100,000-node
 * scene then changes neither the scene nor the layer: it costs the elements it lights up, and the elements
 * near the view, which are few whenever there is a layer.
 *
 * <p>Elements are found by id through a look-up built once per scene, and only once something is selected or
 * highlighted. Plain Java with no toolkit; use it from one thread (the canvas's).
 */
public final class HighlightOverlay {

    private GraphScene indexed;
    /**
     * Node ids to their index in {@link #indexed}'s nodes; its links are found by their ids' own table
     * ({@link SceneLinks#indexOf}), with no string or map entry per link.
     */
    private Map<String, Integer> positions;
    private int lookUps;
    private GraphScene madeFrom;
    private SceneDecoration madeFor;
    private GraphScene made;

    /**
     * What to paint fine for a frame of {@code scene}: {@code near} as {@code decoration} shows it, with the selected
     * and highlighted elements of {@code scene} it lacks (and the ends of such links) added. {@code near} itself
     * when nothing is selected or highlighted.
     */
    public GraphScene over(GraphScene scene, GraphScene near, SceneDecoration decoration) {
        if (decoration.selected().isEmpty() && decoration.highlighted().isEmpty()) {
            return near;
        }
        if (near != madeFrom || !decoration.equals(madeFor) || scene != indexed) {
            lookUp(scene);
            made = decorate(scene, near, decoration);
            madeFrom = near;
            madeFor = decoration;
        }
        return made;
    }

    /** How many times a look-up by id was built: once per scene that something was selected or highlighted in. */
    int lookUps() {
        return lookUps;
    }

    private void lookUp(GraphScene scene) {
        if (scene == indexed) {
            return;
        }
        indexed = scene;
        lookUps++;
        List<SceneNode> nodes = scene.nodes();
        positions = new HashMap<>(2 * nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            positions.put(nodes.get(i).id(), i);
        }
    }

    /** Where {@code id} is in {@link #indexed}: a node's index, -1 - a link's index, or null when neither. */
    private Integer position(GraphScene scene, String id) {
        Integer node = positions.get(id);
        if (node != null) {
            return node;
        }
        int link = ((SceneLinks) scene.links()).indexOf(id);
        return link < 0 ? null : -1 - link;
    }

    private GraphScene decorate(GraphScene scene, GraphScene near, SceneDecoration decoration) {
        List<SceneNode> nodes = new ArrayList<>(near.nodes().size() + decoration.selected().size());
        Set<String> nodeIds = new HashSet<>();
        for (SceneNode node : near.nodes()) {
            nodes.add(decoration.on(node));
            nodeIds.add(node.id());
        }
        List<SceneLink> links = new ArrayList<>(near.links().size());
        Set<String> linkIds = new HashSet<>();
        for (SceneLink link : near.links()) {
            links.add(decoration.on(link));
            linkIds.add(link.id());
        }
        for (String id : decoration.selected()) {
            addNode(scene, id, decoration, nodes, nodeIds);
        }
        for (String id : decoration.highlighted()) {
            Integer at = position(scene, id);
            if (at == null) {
                continue;
            }
            if (at >= 0) {
                addNode(scene, id, decoration, nodes, nodeIds);
            } else {
                addLink(scene, scene.links().get(-1 - at), decoration, nodes, nodeIds, links, linkIds);
            }
        }
        if (decoration.highlighted().size() == 2) {
            // Two nodes asked for light up the links between them too (SceneDecoration.linkLit): the one case that
            // looks at every link, and only for so small a highlight.
            for (SceneLink link : scene.links()) {
                if (SceneDecoration.linkLit(decoration.highlighted(), link.id(), link.fromId(), link.toId())) {
                    addLink(scene, link, decoration, nodes, nodeIds, links, linkIds);
                }
            }
        }
        return new GraphScene(nodes, links, near.key());
    }

    private void addNode(GraphScene scene, String id, SceneDecoration decoration, List<SceneNode> nodes, Set<String> ids) {
        Integer at = positions.get(id);
        if (at != null && at >= 0 && ids.add(id)) {
            nodes.add(decoration.on(scene.nodes().get(at)));
        }
    }

    private void addLink(GraphScene scene, SceneLink link, SceneDecoration decoration, List<SceneNode> nodes,
                         Set<String> nodeIds, List<SceneLink> links, Set<String> linkIds) {
        if (linkIds.add(link.id())) {
            links.add(decoration.on(link));
            addNode(scene, link.fromId(), decoration, nodes, nodeIds);
            addNode(scene, link.toId(), decoration, nodes, nodeIds);
        }
    }
}
