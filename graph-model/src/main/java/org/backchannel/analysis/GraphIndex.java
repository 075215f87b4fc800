package org.backchannel.analysis;

import java.util.Arrays;
import java.util.List;
import org.backchannel.model.EraDerivation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.IdColumn;
import org.backchannel.model.LinkOutlines;
import org.backchannel.model.SharedLinkColumns;
import org.backchannel.model.YearRange;

/**
 * The loaded graph as numbered nodes and links in primitive arrays: what {@link VisibleGraph} needs
 * to apply a filter to 100,000 nodes and 500,000 links within a frame. Walking the records, their
 * optional years and the id maps took half a second there; these arrays are read in a few
 * milliseconds. Built once per change of the loaded graph; nodes and links keep their load order.
 *
 * <p>It is also how {@link LoadedGraph} finds things: by id through the two {@link IdIndex}es, the links of a
 * node through {@link #adjacentLinks}, the years through the year arrays. Maps by id and a list per node took
 * about 70 MB for 500,000 links; these arrays take about 50 bytes a link.
 */
final class GraphIndex {

    /** In the channel-type arrays: no channel type applies. */
    static final int NO_TYPE = -1;

    final IdIndex nodeIndex;
    /** Per node, the ordinal of its channel type, or {@link #NO_TYPE}: a byte, as the types are a handful. */
    final byte[] nodeChannelType;
    /** Each node's years, its own or derived from its links. */
    final YearPairs nodeYears;

    final IdIndex linkIndex;
    final int[] linkFrom;
    final int[] linkTo;
    /** Per link, the node its exchange went through ({@code channelId}) if that is loaded, else -1. */
    final int[] linkChannel;
    /**
     * Per link, the ordinal of the channel type it carries (that of its channel, or of its target when that is a
     * channel), or {@link #NO_TYPE} when it carries none and so passes any channel-type filter.
     */
    final byte[] linkCarriedType;
    /** Each link's years, its own or its channel's. */
    final YearPairs linkYears;

    /** The links themselves, as columns over this numbering. */
    final LinkColumns links;
    /** The link ids and ends, for a scene to share. */
    final SharedLinkColumns sharedLinks;

    /** Links of node i are {@code adjacentLinks[adjacentStart[i] .. adjacentStart[i+1]-1]}, in load order. */
    final int[] adjacentStart;
    final int[] adjacentLinks;

    /**
     * @param nodes     distinct by id
     * @param nodeIndex the numbering of {@code nodes}, in their order
     * @param links     distinct by id, each with both ends among {@code nodes}
     */
    GraphIndex(List<GraphNode> nodes, IdIndex nodeIndex, List<GraphLink> links) {
        int n = nodes.size();
        EraDerivation.InOrder years = EraDerivation.inOrder(nodes, links);
        nodeChannelType = channelTypes(nodes);
        nodeYears = YearPairs.of(years.nodes());
        this.nodeIndex = nodeIndex;
        int m = links.size();
        String[] linkIds = new String[m];
        linkFrom = new int[m];
        linkTo = new int[m];
        linkChannel = new int[m];
        linkCarriedType = new byte[m];
        int e = 0;
        for (GraphLink link : links) {
            linkIds[e] = link.id();
            linkFrom[e] = nodeIndex.indexOf(link.fromId());
            linkTo[e] = nodeIndex.indexOf(link.toId());
            linkChannel[e] = link.channelId() == null ? -1 : nodeIndex.indexOf(link.channelId());
            linkCarriedType[e] = carriedType(link.channelId() != null, e);
            e++;
        }
        linkYears = YearPairs.of(years.links());
        // The link ids as one column of bytes: the records' strings go once the records do.
        IdColumn linkIdColumn = IdColumn.of(Arrays.asList(linkIds));
        linkIndex = new IdIndex(linkIdColumn);
        this.links = new LinkColumns(links, nodeIndex, linkIdColumn, linkFrom, linkTo, linkChannel);
        sharedLinks = new SharedLinkColumns(linkIdColumn, linkFrom, linkTo);
        adjacentStart = adjacentStarts(n, linkFrom, linkTo);
        adjacentLinks = adjacentLinks(adjacentStart, linkFrom, linkTo);
    }

    /**
     * Straight from links fed in as columns whose ends are places of {@code nodes}: no id is looked up but the
     * channels', and no record is made.
     *
     * @param nodes     distinct by id, in the order the links' ends point into
     * @param linkIds   the links' ids, in their order, distinct
     */
    GraphIndex(List<GraphNode> nodes, IdIndex nodeIndex, LinkOutlines links, IdColumn linkIds) {
        int n = nodes.size();
        int m = links.size();
        this.nodeIndex = nodeIndex;
        this.linkIndex = new IdIndex(linkIds);
        nodeChannelType = channelTypes(nodes);
        YearRange[] own = new YearRange[n];
        for (int i = 0; i < n; i++) {
            own[i] = nodes.get(i).span().years().orElse(null);
        }
        linkFrom = new int[m];
        linkTo = new int[m];
        linkChannel = new int[m];
        linkCarriedType = new byte[m];
        int[] yearsChannel = new int[m];
        YearRange[] ownLinkYears = new YearRange[m];
        for (int e = 0; e < m; e++) {
            linkFrom[e] = links.from(e);
            linkTo[e] = links.to(e);
            String channel = links.channelId(e);
            linkChannel[e] = channel == null ? -1 : nodeIndex.indexOf(channel);
            linkCarriedType[e] = carriedType(channel != null, e);
            ownLinkYears[e] = links.span(e).years().orElse(null);
            yearsChannel[e] = ownLinkYears[e] == null ? linkChannel[e] : -1;
        }
        EraDerivation.InOrder years = EraDerivation.inOrder(own, linkFrom, linkTo, yearsChannel, ownLinkYears);
        nodeYears = YearPairs.of(years.nodes());
        linkYears = YearPairs.of(years.links());
        this.links = new LinkColumns(links, nodeIndex, linkIds, linkFrom, linkTo, linkChannel);
        sharedLinks = new SharedLinkColumns(linkIds, linkFrom, linkTo);
        adjacentStart = adjacentStarts(n, linkFrom, linkTo);
        adjacentLinks = adjacentLinks(adjacentStart, linkFrom, linkTo);
    }

    private static byte[] channelTypes(List<GraphNode> nodes) {
        byte[] types = new byte[nodes.size()];
        int i = 0;
        for (GraphNode node : nodes) {
            types[i++] = (byte) (node.channelType() == null ? NO_TYPE : node.channelType().ordinal());
        }
        return types;
    }

    /**
     * The channel type a link carries: that of the channel it names (none where that node is not loaded), else
     * that of its target.
     */
    private byte carriedType(boolean namesChannel, int e) {
        int carrier = namesChannel ? linkChannel[e] : linkTo[e];
        return carrier < 0 ? NO_TYPE : nodeChannelType[carrier];
    }

    /** Links of node i are {@code adjacentLinks[starts[i] .. starts[i+1]-1]}. */
    private static int[] adjacentStarts(int n, int[] from, int[] to) {
        int[] starts = new int[n + 1];
        for (int e = 0; e < from.length; e++) {
            starts[from[e] + 1]++;
            starts[to[e] + 1]++;
        }
        for (int k = 0; k < n; k++) {
            starts[k + 1] += starts[k];
        }
        return starts;
    }

    private static int[] adjacentLinks(int[] starts, int[] from, int[] to) {
        int[] adjacent = new int[starts[starts.length - 1]];
        int[] fill = new int[starts.length - 1];
        for (int e = 0; e < from.length; e++) {
            adjacent[starts[from[e]] + fill[from[e]]++] = e;
            adjacent[starts[to[e]] + fill[to[e]]++] = e;
        }
        return adjacent;
    }

    int nodeCount() {
        return nodeYears.size();
    }

    int linkCount() {
        return linkFrom.length;
    }

    /** The node at the other end of link {@code e} from node {@code i}. */
    int otherEnd(int e, int i) {
        return linkFrom[e] == i ? linkTo[e] : linkFrom[e];
    }
}
