package org.backchannel.render;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.backchannel.model.NodeKind;
import org.backchannel.model.ValueColumn;

/**
 * A scene's nodes as columns, as {@link SceneLinks} holds its links: an immutable list that makes each
 * {@link SceneNode} when it is read. A record per node took 64 bytes and its list slot 4 (6.8 MB for the 100,000
 * nodes of issue #15's L graph on screen); these columns take about 35, share the id and label strings with what
 * the scene was built from, and their positions are the ones the {@link SceneIndex} culls with (1.6 MB it copied).
 * Reading a node makes a short-lived record: painting reads only the nodes near the view, or those of the crowd
 * layer's region when it is drawn again.
 */
final class SceneNodes extends AbstractList<SceneNode> implements RandomAccess {

    private static final NodeKind[] KINDS = NodeKind.values();
    private static final byte SELECTED = 1;
    private static final byte HIGHLIGHTED = 2;
    private static final byte DIMMED = 4;
    private static final byte PINNED = 8;

    private final String[] ids;
    private final String[] labels;
    /** Each kind as its ordinal + 1, 0 for null. */
    private final byte[] kinds;
    private final double[] xs;
    private final double[] ys;
    private final double[] radii;
    private final byte[] flags;
    private final ValueColumn<String> groups;
    /** Each node's community; null when every node has none (-1), as when nodes are coloured by kind. */
    private final int[] communities;

    private SceneNodes(List<SceneNode> nodes) {
        int n = nodes.size();
        ids = new String[n];
        labels = new String[n];
        kinds = new byte[n];
        xs = new double[n];
        ys = new double[n];
        radii = new double[n];
        flags = new byte[n];
        String[] groupRows = new String[n];
        int[] communityRows = new int[n];
        boolean anyCommunity = false;
        for (int i = 0; i < n; i++) {
            SceneNode node = Objects.requireNonNull(nodes.get(i), "node");
            ids[i] = node.id();
            labels[i] = node.label();
            kinds[i] = (byte) (node.kind() == null ? 0 : node.kind().ordinal() + 1);
            xs[i] = node.x();
            ys[i] = node.y();
            radii[i] = node.radius();
            flags[i] = (byte) ((node.selected() ? SELECTED : 0) | (node.highlighted() ? HIGHLIGHTED : 0)
                    | (node.dimmed() ? DIMMED : 0) | (node.pinned() ? PINNED : 0));
            groupRows[i] = node.group();
            communityRows[i] = node.community();
            anyCommunity |= node.community() != -1;
        }
        groups = ValueColumn.of(groupRows);
        communities = anyCommunity ? communityRows : null;
    }

    /** {@code nodes} as columns; the same list when it already is. */
    static SceneNodes copyOf(List<SceneNode> nodes) {
        return nodes instanceof SceneNodes columns ? columns : new SceneNodes(nodes);
    }

    @Override
    public SceneNode get(int i) {
        byte f = flags[i];
        return new SceneNode(ids[i], kinds[i] == 0 ? null : KINDS[kinds[i] - 1], labels[i], xs[i], ys[i], radii[i],
                (f & SELECTED) != 0, (f & HIGHLIGHTED) != 0, (f & DIMMED) != 0, (f & PINNED) != 0, groups.get(i),
                communities == null ? -1 : communities[i]);
    }

    @Override
    public int size() {
        return ids.length;
    }

    /** Node {@code i}'s id, without making its record. */
    String id(int i) {
        return ids[i];
    }

    /** Whether {@code other} holds the same ids in the same order, so that nodes are numbered alike in both. */
    boolean sameIds(SceneNodes other) {
        return other == this || Arrays.equals(ids, other.ids);
    }

    /** Node {@code i}'s radius in world units, without making its record. */
    double radius(int i) {
        return radii[i];
    }

    /** Every node's x in world units; the caller must not change it. */
    double[] xs() {
        return xs;
    }

    /** Every node's y in world units, as {@link #xs()}. */
    double[] ys() {
        return ys;
    }
}
