package org.backchannel.analysis;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.IdColumn;
import org.backchannel.model.LinkOutlines;
import org.backchannel.model.SharedLinkColumns;
import org.backchannel.model.YearRange;

/**
 * The part of the store the client holds: nodes and links by id, their derived years, and which
 * links touch each node. Grows when the user expands a node; never the whole of a large store.
 *
 * <p>Held as the nodes in load order ({@link NodeColumns}) and their {@link GraphIndex} (ids to positions, each
 * node's links, the years, the links themselves as {@link LinkColumns}), rebuilt at each addition: no map entry,
 * list or record per link or node, which for 100,000 nodes and 500,000 links took about 100 MB more (issue #15's
 * client heap). Reading a node or a link makes its record.
 */
public final class LoadedGraph {

    private final Map<String, GraphLink> waiting = new LinkedHashMap<>();
    /** Immutable lists of what is loaded, replaced at each addition: safe to hand to another thread. */
    private List<GraphNode> nodeList = List.of();
    private List<GraphLink> linkList = List.of();
    private GraphIndex index = new GraphIndex(List.of(), new IdIndex(new String[0]), List.of());

    private LoadedGraph() {
    }

    public static LoadedGraph of(Collection<GraphNode> nodes, Collection<GraphLink> links) {
        LoadedGraph whole = links instanceof LinkOutlines outlines && nodes instanceof List<GraphNode> list ? ofOutlines(list, outlines) : null;
        if (whole != null) {
            return whole;
        }
        LoadedGraph graph = new LoadedGraph();
        graph.add(nodes, links);
        return graph;
    }

    /**
     * An overview's nodes and the links fed in as columns whose ends are places of those very nodes: the graph is
     * built from the columns, with no id looked up for an end and no record made per link. For issue #15's 500,000
     * links, the id sets, lookups and records of {@link #add} were most of what loading cost on top of streaming the
     * rows (docs/benchmarks.md, "Loading the L graph, fed as columns").
     *
     * @return null where the ends point into other nodes or an id comes twice, which {@link #add} sorts out
     */
    static LoadedGraph ofOutlines(List<GraphNode> nodes, LinkOutlines links) {
        int n = nodes.size();
        if (links.nodeCount() != n) {
            return null;
        }
        String[] nodeIds = new String[n];
        for (int i = 0; i < n; i++) {
            nodeIds[i] = nodes.get(i).id();
            if (!nodeIds[i].equals(links.nodeId(i))) {
                return null;
            }
        }
        String[] linkIds = new String[links.size()];
        for (int e = 0; e < linkIds.length; e++) {
            linkIds[e] = links.id(e);
        }
        IdIndex nodeIndex = IdIndex.ofDistinct(nodeIds);
        // Kept as one column of bytes, as the records' way keeps them; checking it distinct makes its look-up table.
        IdColumn linkColumn = IdColumn.of(Arrays.asList(linkIds));
        if (nodeIndex == null || !linkColumn.distinct()) {
            return null;
        }
        LoadedGraph graph = new LoadedGraph();
        graph.nodeList = new NodeColumns(nodes, nodeIds);
        graph.index = new GraphIndex(graph.nodeList, nodeIndex, links, linkColumn);
        graph.linkList = graph.index.links;
        return graph;
    }

    /**
     * Adds nodes and links (an expansion); links whose ends are not loaded are kept back until both
     * ends are.
     *
     * @return how many nodes were new
     */
    public int add(Collection<GraphNode> newNodes, Collection<GraphLink> newLinks) {
        int before = nodeList.size();
        List<GraphNode> nodes = new ArrayList<>(before + newNodes.size());
        nodes.addAll(nodeList);
        Set<String> added = new HashSet<>();
        for (GraphNode node : newNodes) {
            if (index.nodeIndex.indexOf(node.id()) < 0 && added.add(node.id())) {
                nodes.add(node);
            }
        }
        String[] nodeIds = added.isEmpty() ? null : nodes.stream().map(GraphNode::id).toArray(String[]::new);
        IdIndex nodeIndex = nodeIds == null ? index.nodeIndex : new IdIndex(nodeIds);
        List<GraphLink> links = new ArrayList<>(linkList.size() + newLinks.size());
        links.addAll(linkList);
        Set<String> attached = new HashSet<>();
        // Links kept back earlier go first, in the order they came; a new link with both ends loaded
        // goes straight in rather than through the waiting room (loading 500,000 links, that detour showed).
        for (var it = waiting.values().iterator(); it.hasNext(); ) {
            GraphLink link = it.next();
            if (bothEndsIn(nodeIndex, link)) {
                it.remove();
                links.add(link);
                attached.add(link.id());
            }
        }
        for (GraphLink link : newLinks) {
            if (index.linkIndex.indexOf(link.id()) >= 0 || attached.contains(link.id())) {
                continue;
            }
            if (bothEndsIn(nodeIndex, link) && !waiting.containsKey(link.id())) {
                links.add(link);
                attached.add(link.id());
            } else {
                waiting.putIfAbsent(link.id(), link);
            }
        }
        if (!added.isEmpty() || !attached.isEmpty()) {
            if (nodeIds != null) {
                nodeList = new NodeColumns(nodes, nodeIds);
            }
            index = new GraphIndex(nodeList, nodeIndex, links);
            linkList = index.links;
        }
        return nodeList.size() - before;
    }

    private static boolean bothEndsIn(IdIndex nodes, GraphLink link) {
        return nodes.indexOf(link.fromId()) >= 0 && nodes.indexOf(link.toId()) >= 0;
    }

    public Collection<GraphNode> nodes() {
        return nodeList;
    }

    public Collection<GraphLink> links() {
        return linkList;
    }

    /**
     * The nodes loaded so far, in the order they came, as an immutable list that later additions leave
     * as it is: another thread may read it (an autosave does, off the UI thread).
     */
    public List<GraphNode> nodesSoFar() {
        return nodeList;
    }

    /** The links loaded so far, as {@link #nodesSoFar()}. */
    public List<GraphLink> linksSoFar() {
        return linkList;
    }

    public Optional<GraphNode> node(String id) {
        int i = index.nodeIndex.indexOf(id);
        return i < 0 ? Optional.empty() : Optional.of(nodeList.get(i));
    }

    public Optional<GraphLink> link(String id) {
        int e = index.linkIndex.indexOf(id);
        return e < 0 ? Optional.empty() : Optional.of(linkList.get(e));
    }

    /** The links touching a node, in load order; empty when the node is not loaded. */
    public List<GraphLink> linksOf(String nodeId) {
        int i = index.nodeIndex.indexOf(nodeId);
        return i < 0 ? List.of() : new NodeLinks(index, linkList, i);
    }

    public Optional<YearRange> nodeYears(String id) {
        int i = index.nodeIndex.indexOf(id);
        return i < 0 ? Optional.empty() : Optional.ofNullable(index.nodeYears.years(i));
    }

    public Optional<YearRange> linkYears(String id) {
        int e = index.linkIndex.indexOf(id);
        return e < 0 ? Optional.empty() : Optional.ofNullable(index.linkYears.years(e));
    }

    /**
     * The graph, its filter index built. The index is now built at each addition, so this only says that a
     * caller loading in the background hands over a graph the UI thread can filter at once.
     */
    public LoadedGraph indexed() {
        return this;
    }

    /** The numbered arrays filters run over, current with what is loaded. */
    GraphIndex index() {
        return index;
    }

    /** The id of the node at the other end of a link. */
    public static String otherEnd(GraphLink link, String nodeId) {
        return link.fromId().equals(nodeId) ? link.toId() : link.fromId();
    }

    public int nodeCount() {
        return nodeList.size();
    }

    public int linkCount() {
        return linkList.size();
    }

    /** The links' ids and ends as columns in the order of {@link #links()}, for a scene to share rather than copy. */
    public SharedLinkColumns sharedLinkColumns() {
        return index.sharedLinks;
    }

    /** One node's links as a view over the index's adjacency: no list of its own per node. */
    private static final class NodeLinks extends AbstractList<GraphLink> implements RandomAccess {

        private final GraphIndex index;
        private final List<GraphLink> links;
        private final int start;
        private final int size;

        NodeLinks(GraphIndex index, List<GraphLink> links, int node) {
            this.index = index;
            this.links = links;
            this.start = index.adjacentStart[node];
            this.size = index.adjacentStart[node + 1] - start;
        }

        @Override
        public GraphLink get(int k) {
            if (k < 0 || k >= size) {
                throw new IndexOutOfBoundsException(k);
            }
            return links.get(index.adjacentLinks[start + k]);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
