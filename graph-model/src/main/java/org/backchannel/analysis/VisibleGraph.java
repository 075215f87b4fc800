package org.backchannel.analysis;

import java.util.BitSet;
import java.util.Set;
import org.backchannel.store.GraphFilter;

/**
 * Which loaded nodes and links a filter lets through, worked out on the client so that a filter
 * change shows at once. Era: things whose own or derived years overlap the range pass; undated
 * things pass when they are linked to something of the era. Channel types: the chosen channels and
 * what lies one link from them pass; channels of other types and the links that carry their type
 * go.
 *
 * <p>The work runs over the loaded graph's {@link GraphIndex} with bit sets, so that a filter change
 * on 100,000 nodes and 500,000 links takes milliseconds; the id sets it returns are views over the
 * same bits.
 */
public record VisibleGraph(Set<String> nodeIds, Set<String> linkIds) {

    /** Nothing shown: before anything loads. */
    public static final VisibleGraph NONE = new VisibleGraph(Set.of(), Set.of());

    public VisibleGraph {
        nodeIds = nodeIds instanceof IdSet ? nodeIds : Set.copyOf(nodeIds);
        linkIds = linkIds instanceof IdSet ? linkIds : Set.copyOf(linkIds);
    }

    public static VisibleGraph of(LoadedGraph graph, GraphFilter filter) {
        return of(graph, filter, Set.of(), Set.of());
    }

    /**
     * What a filter lets through of the loaded nodes and links, less some the caller leaves out (taken
     * out of the scene, hidden) and the links that end at them. Leaving out costs a bit per id, so that
     * an undo that takes 50 nodes out of a 10,000-node scene costs no more than a filter change.
     */
    public static VisibleGraph of(LoadedGraph graph, GraphFilter filter, Set<String> nodesLeftOut, Set<String> linksLeftOut) {
        GraphIndex index = graph.index();
        Criteria criteria = new Criteria(filter);
        BitSet nodes = new BitSet(index.nodeCount());
        for (int i = 0; i < index.nodeCount(); i++) {
            if (criteria.passesType(index.nodeChannelType[i]) && criteria.passesEra(index.nodeYears.from(i), index.nodeYears.to(i))) {
                nodes.set(i);
            }
        }
        if (criteria.restrictsTypes()) {
            nodes.and(aroundChosenChannels(index, criteria, nodes));
        }
        if (criteria.restrictsEra()) {
            dropUndatedWithoutDatedNeighbour(index, nodes);
        }
        clear(nodes, index.nodeIndex, nodesLeftOut);
        BitSet links = linksAmong(index, criteria, nodes);
        clear(links, index.linkIndex, linksLeftOut);
        return new VisibleGraph(new IdSet(index.nodeIndex, nodes), new IdSet(index.linkIndex, links));
    }

    /**
     * How many of the visible links touch {@code nodeId}, counted over the graph's index when these sets were
     * worked out from it: no record is made per link (the loaded graph makes one each time a link is read).
     */
    public int degree(LoadedGraph graph, String nodeId) {
        GraphIndex index = graph.index();
        int i = index.nodeIndex.indexOf(nodeId);
        if (i < 0) {
            return 0;
        }
        if (linkIds instanceof IdSet set && set.numberedBy(index.linkIndex)) {
            int degree = 0;
            for (int k = index.adjacentStart[i]; k < index.adjacentStart[i + 1]; k++) {
                if (set.containsNumber(index.adjacentLinks[k])) {
                    degree++;
                }
            }
            return degree;
        }
        return (int) graph.linksOf(nodeId).stream().filter(l -> linkIds.contains(l.id())).count();
    }

    private static void clear(BitSet members, IdIndex numbering, Set<String> ids) {
        for (String id : ids) {
            int i = numbering.indexOf(id);
            if (i >= 0) {
                members.clear(i);
            }
        }
    }

    /**
     * A channel-type view shows the chosen channels and what is one link away from them: their
     * parties, the exchanges through them and their ends, their events and outcomes. The rest of the
     * store (every office, every affiliation) would bury them.
     */
    private static BitSet aroundChosenChannels(GraphIndex index, Criteria criteria, BitSet candidates) {
        BitSet kept = new BitSet(index.nodeCount());
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            if (index.nodeChannelType[i] == GraphIndex.NO_TYPE) {
                continue;
            }
            kept.set(i);
            for (int k = index.adjacentStart[i]; k < index.adjacentStart[i + 1]; k++) {
                int e = index.adjacentLinks[k];
                int other = index.otherEnd(e, i);
                if (candidates.get(other) && criteria.passesEra(index.linkYears.from(e), index.linkYears.to(e))) {
                    kept.set(other);
                }
            }
        }
        // In load order, as kept grows: a party kept here can itself be the channel of a later link.
        for (int e = 0; e < index.linkCount(); e++) {
            int channel = index.linkChannel[e];
            if (channel >= 0 && kept.get(channel) && criteria.passesEra(index.linkYears.from(e), index.linkYears.to(e))
                    && candidates.get(index.linkFrom[e]) && candidates.get(index.linkTo[e])) {
                kept.set(index.linkFrom[e]);
                kept.set(index.linkTo[e]);
            }
        }
        return kept;
    }

    /**
     * An undated node belongs in an era view only beside something of that era. Dated nodes are never
     * dropped here, so the order in which undated ones are looked at does not matter.
     */
    private static void dropUndatedWithoutDatedNeighbour(GraphIndex index, BitSet nodes) {
        for (int i = nodes.nextSetBit(0); i >= 0; i = nodes.nextSetBit(i + 1)) {
            if (!index.nodeYears.dated(i) && !linkedToDatedNode(index, i, nodes)) {
                nodes.clear(i);
            }
        }
    }

    private static boolean linkedToDatedNode(GraphIndex index, int i, BitSet nodes) {
        for (int k = index.adjacentStart[i]; k < index.adjacentStart[i + 1]; k++) {
            int other = index.otherEnd(index.adjacentLinks[k], i);
            if (nodes.get(other) && index.nodeYears.dated(other)) {
                return true;
            }
        }
        return false;
    }

    private static BitSet linksAmong(GraphIndex index, Criteria criteria, BitSet nodes) {
        BitSet links = new BitSet(index.linkCount());
        for (int e = 0; e < index.linkCount(); e++) {
            if (nodes.get(index.linkFrom[e]) && nodes.get(index.linkTo[e])
                    && criteria.passesType(index.linkCarriedType[e])
                    && criteria.passesEra(index.linkYears.from(e), index.linkYears.to(e))) {
                links.set(e);
            }
        }
        return links;
    }

    /** The filter as plain numbers: chosen channel types as bits by ordinal, the era as two years. */
    private static final class Criteria {

        private final long chosenTypes;
        private final boolean era;
        private final int eraFrom;
        private final int eraTo;

        Criteria(GraphFilter filter) {
            long bits = 0;
            for (var type : filter.channelTypes()) {
                bits |= 1L << type.ordinal();
            }
            chosenTypes = bits;
            era = filter.years() != null;
            eraFrom = era ? filter.years().from() : 0;
            eraTo = era ? filter.years().to() : 0;
        }

        boolean restrictsTypes() {
            return chosenTypes != 0;
        }

        boolean restrictsEra() {
            return era;
        }

        /** Things with no channel type pass any channel-type filter. */
        boolean passesType(int type) {
            return chosenTypes == 0 || type == GraphIndex.NO_TYPE || (chosenTypes & (1L << type)) != 0;
        }

        /** Things with no years, not even derived ones, pass any era filter. */
        boolean passesEra(int from, int to) {
            return !era || from == YearPairs.UNDATED || (from <= eraTo && eraFrom <= to);
        }
    }
}
