package org.backchannel.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Outline links as they came from the store, held as columns whose ends are places in a list of nodes: an
 * immutable list that makes each {@link GraphLink} when it is read. An overview's links are fed into it one
 * row at a time ({@link Builder}), so loading half a million links makes no record, list or id lookup per
 * link; the client graph is built from the columns ({@code LoadedGraph.of} reads them where its nodes are
 * the ones the ends point into).
 *
 * <p>Only what an outline has: no description, citations, other database's type, nor the mutual flag.
 */
public final class LinkOutlines extends AbstractList<GraphLink> implements RandomAccess {

    private static final LinkType[] TYPES = LinkType.values();
    private static final Certainty[] CERTAINTIES = Certainty.values();

    private final List<String> nodeIds;
    private final String[] ids;
    private final byte[] types;
    private final int[] from;
    private final int[] to;
    private final String[] channels;
    private final String[] roles;
    private final TimeSpan[] spans;
    private final byte[] certainties;
    private final List<?>[] sourceIds;

    private LinkOutlines(Builder b) {
        int m = b.size;
        nodeIds = b.nodeIds;
        ids = Arrays.copyOf(b.ids, m);
        types = Arrays.copyOf(b.types, m);
        from = Arrays.copyOf(b.from, m);
        to = Arrays.copyOf(b.to, m);
        channels = Arrays.copyOf(b.channels, m);
        roles = Arrays.copyOf(b.roles, m);
        spans = Arrays.copyOf(b.spans, m);
        certainties = Arrays.copyOf(b.certainties, m);
        sourceIds = Arrays.copyOf(b.sourceIds, m);
    }

    /** How many nodes the ends point into. */
    public int nodeCount() {
        return nodeIds.size();
    }

    /** The id of the node at place {@code i} of the nodes the ends point into. */
    public String nodeId(int i) {
        return nodeIds.get(i);
    }

    public String id(int e) {
        return ids[e];
    }

    public LinkType type(int e) {
        return TYPES[types[e]];
    }

    /** The place of link {@code e}'s source among the nodes. */
    public int from(int e) {
        return from[e];
    }

    /** The place of link {@code e}'s target among the nodes. */
    public int to(int e) {
        return to[e];
    }

    public String channelId(int e) {
        return channels[e];
    }

    public String role(int e) {
        return roles[e];
    }

    public TimeSpan span(int e) {
        return spans[e];
    }

    public Certainty certainty(int e) {
        return CERTAINTIES[certainties[e]];
    }

    @SuppressWarnings("unchecked")
    public List<String> sourceIds(int e) {
        return (List<String>) sourceIds[e];
    }

    @Override
    public GraphLink get(int e) {
        Objects.checkIndex(e, ids.length);
        return new GraphLink(ids[e], type(e), nodeIds.get(from[e]), nodeIds.get(to[e]), channels[e], roles[e], null, spans[e],
                certainty(e), List.of(), null, sourceIds(e));
    }

    @Override
    public int size() {
        return ids.length;
    }

    /** Takes the links one at a time, as their rows arrive; not for use by more than one thread. */
    public static final class Builder {

        private final List<String> nodeIds;
        private int size;
        private String[] ids = new String[1024];
        private byte[] types = new byte[1024];
        private int[] from = new int[1024];
        private int[] to = new int[1024];
        private String[] channels = new String[1024];
        private String[] roles = new String[1024];
        private TimeSpan[] spans = new TimeSpan[1024];
        private byte[] certainties = new byte[1024];
        private List<?>[] sourceIds = new List<?>[1024];

        /** @param nodeIds the ids of the nodes the ends point into, by place; kept, so it must not change */
        public Builder(List<String> nodeIds) {
            this.nodeIds = List.copyOf(nodeIds);
        }

        /**
         * Adds one link, checked as {@link GraphLink} checks it.
         *
         * @param from the place of its source among the nodes
         * @param to   the place of its target
         * @param span null for undated
         * @param certainty null for attested
         * @param sourceIds each source once; hand the same immutable list to the links that share it, and it is kept once
         */
        public Builder add(String id, LinkType type, int from, int to, String channelId, String role, TimeSpan span,
                           Certainty certainty, List<String> sourceIds) {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, () -> "link " + id + " has no type");
            Objects.checkIndex(from, nodeIds.size());
            Objects.checkIndex(to, nodeIds.size());
            if (size == ids.length) {
                grow();
            }
            ids[size] = id;
            types[size] = (byte) type.ordinal();
            this.from[size] = from;
            this.to[size] = to;
            channels[size] = channelId;
            roles[size] = role;
            spans[size] = span == null ? TimeSpan.UNDATED : span;
            certainties[size] = (byte) (certainty == null ? Certainty.ATTESTED : certainty).ordinal();
            this.sourceIds[size] = List.copyOf(sourceIds);
            size++;
            return this;
        }

        public int size() {
            return size;
        }

        public LinkOutlines build() {
            return new LinkOutlines(this);
        }

        private void grow() {
            int n = size * 2;
            ids = Arrays.copyOf(ids, n);
            types = Arrays.copyOf(types, n);
            from = Arrays.copyOf(from, n);
            to = Arrays.copyOf(to, n);
            channels = Arrays.copyOf(channels, n);
            roles = Arrays.copyOf(roles, n);
            spans = Arrays.copyOf(spans, n);
            certainties = Arrays.copyOf(certainties, n);
            sourceIds = Arrays.copyOf(sourceIds, n);
        }
    }
}
