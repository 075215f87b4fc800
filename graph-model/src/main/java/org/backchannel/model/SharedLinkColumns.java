package org.backchannel.model;

import java.util.Arrays;

/**
 * The columns a loaded graph keeps of its links that a drawing of them may share rather than copy: their ids and
 * their ends as numbers of the graph's nodes. A scene of the whole graph, its nodes in the graph's order, has the
 * very same ends; keeping its own was 4 MB at issue #15's 500,000 links, and its own ids 6 MB more.
 *
 * <p>Immutable: nothing writes the arrays once they are handed here, and nothing that takes them may.
 */
public final class SharedLinkColumns {

    private final IdColumn ids;
    private final int[] from;
    private final int[] to;

    /** Keeps the arrays, which must not change afterwards. */
    public SharedLinkColumns(IdColumn ids, int[] from, int[] to) {
        this.ids = ids;
        this.from = from;
        this.to = to;
    }

    public IdColumn ids() {
        return ids;
    }

    /** The shared sources where they equal {@code ends}, else {@code ends}: either way, not to be changed. */
    public int[] fromOr(int[] ends) {
        return Arrays.equals(from, ends) ? from : ends;
    }

    /** The shared targets where they equal {@code ends}, else {@code ends}, as {@link #fromOr}. */
    public int[] toOr(int[] ends) {
        return Arrays.equals(to, ends) ? to : ends;
    }
}
