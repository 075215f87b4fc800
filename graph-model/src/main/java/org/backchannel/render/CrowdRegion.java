package org.backchannel.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The crowd of a {@link CrowdLayer} within the view grown by its margin, counted and listed in one pass over the scene's index. */
final class CrowdRegion {

    private final SceneIndex index;
    /** Crowd links (not highlighted) touching the region, by index, in scene order. */
    int[] links = new int[1024];
    int linkCount;
    final long crowdLinks;
    /** Crowd nodes (not selected, highlighted or pinned) touching the region, by index. */
    int[] nodes = new int[1024];
    int nodeCount;
    final long crowdNodes;
    private int[] special = new int[16];
    private int specialCount;
    private int[] highlighted = new int[16];
    private int highlightedCount;
    /** The nodes painted fine, by index, once {@link #near} chose them. */
    private boolean[] taken;

    CrowdRegion(SceneIndex index, Viewport view) {
        this.index = index;
        SceneLinks all = (SceneLinks) index.scene().links();
        for (int i = 0; i < all.size(); i++) {
            if (index.linkTouches(i, view, CrowdLayer.MARGIN)) {
                if (all.highlighted(i)) {
                    highlighted = add(highlighted, highlightedCount++, i);
                } else {
                    links = add(links, linkCount++, i);
                }
            }
        }
        crowdLinks = linkCount;
        List<SceneNode> nodeList = index.scene().nodes();
        for (int i = 0; i < nodeList.size(); i++) {
            SceneNode node = nodeList.get(i);
            double reach = Math.max(ScenePainter.MIN_SCREEN_RADIUS, node.radius() * view.scale()) * 2;
            if (!view.touches(view.toScreenX(node.x()), view.toScreenY(node.y()), reach, CrowdLayer.MARGIN)) {
                continue;
            }
            if (node.selected() || node.highlighted() || node.pinned()) {
                special = add(special, specialCount++, i);
            } else {
                nodes = add(nodes, nodeCount++, i);
            }
        }
        crowdNodes = nodeCount;
    }

    private static int[] add(int[] values, int at, int value) {
        int[] grown = at < values.length ? values : Arrays.copyOf(values, 2 * values.length);
        grown[at] = value;
        return grown;
    }

    /**
     * What is painted fine: without a layer every element near the view (and the far ends of its links);
     * with one the highlighted links, the special nodes and, unless crowded nodes are in the layer, the rest.
     */
    GraphScene near(boolean layered, boolean nodesInLayer) {
        List<SceneNode> all = index.scene().nodes();
        List<SceneLink> allLinks = index.scene().links();
        taken = new boolean[all.size()];
        List<SceneLink> fineLinks = new ArrayList<>();
        if (!nodesInLayer) {
            take(nodes, nodeCount);
        }
        take(special, specialCount);
        for (int k = 0; k < highlightedCount; k++) {
            fineLinks.add(allLinks.get(highlighted[k]));
            takeEnds(highlighted[k]);
        }
        if (!layered) {
            for (int k = 0; k < linkCount; k++) {
                fineLinks.add(allLinks.get(links[k]));
                takeEnds(links[k]);
            }
        }
        List<SceneNode> fineNodes = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (taken[i]) {
                fineNodes.add(all.get(i));
            }
        }
        return new GraphScene(fineNodes, fineLinks);
    }

    private void take(int[] which, int count) {
        for (int k = 0; k < count; k++) {
            taken[which[k]] = true;
        }
    }

    private void takeEnds(int link) {
        taken[index.from[link]] = true;
        taken[index.to[link]] = true;
    }

    /** Degrees over the whole scene's links of the nodes {@link #near} chose, for ranking their labels. */
    Map<String, Integer> degrees() {
        int[] degree = new int[taken.length];
        for (int i = 0; i < index.from.length; i++) {
            if (index.from[i] >= 0 && index.to[i] >= 0) {
                degree[index.from[i]]++;
                degree[index.to[i]]++;
            }
        }
        List<SceneNode> all = index.scene().nodes();
        Map<String, Integer> degrees = new HashMap<>();
        for (int i = 0; i < taken.length; i++) {
            if (taken[i]) {
                degrees.put(all.get(i).id(), degree[i]);
            }
        }
        return degrees;
    }
}
