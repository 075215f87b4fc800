package org.backchannel.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backchannel.model.EraDerivation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.YearRange;

/**
 * The part of the store the client holds: nodes and links by id, their derived years, and which
 * links touch each node. Grows when the user expands a node; never the whole of a large store.
 */
public final class LoadedGraph {

    private final Map<String, GraphNode> nodes;
    private final Map<String, GraphLink> links;
    private final Map<String, List<GraphLink>> linksByNode;
    private final Map<String, GraphLink> waiting = new LinkedHashMap<>();
    /** Immutable copies of what is loaded, made at each addition anyway (for the years): safe to hand to another thread. */
    private List<GraphNode> nodeList = List.of();
    private List<GraphLink> linkList = List.of();
    private EraDerivation years = EraDerivation.of(List.of(), List.of());
    private GraphIndex index;

    /** Sized for what it first holds: growing maps to half a million links rehashes them many times over. */
    private LoadedGraph(int nodeCount, int linkCount) {
        nodes = new LinkedHashMap<>(2 * nodeCount);
        links = new LinkedHashMap<>(2 * linkCount);
        linksByNode = new LinkedHashMap<>(2 * nodeCount);
    }

    public static LoadedGraph of(Collection<GraphNode> nodes, Collection<GraphLink> links) {
        LoadedGraph graph = new LoadedGraph(nodes.size(), links.size());
        graph.add(nodes, links);
        return graph;
    }

    /**
     * Adds nodes and links (an expansion); links whose ends are not loaded are kept back until both
     * ends are.
     *
     * @return how many nodes were new
     */
    public int add(Collection<GraphNode> newNodes, Collection<GraphLink> newLinks) {
        int before = nodes.size();
        newNodes.forEach(n -> nodes.putIfAbsent(n.id(), n));
        // Links kept back earlier go first, in the order they came; a new link with both ends loaded
        // goes straight in rather than through the waiting room (loading 500,000 links, that detour showed).
        for (var it = waiting.values().iterator(); it.hasNext(); ) {
            GraphLink link = it.next();
            if (bothEndsLoaded(link)) {
                it.remove();
                attach(link);
            }
        }
        for (GraphLink link : newLinks) {
            if (links.containsKey(link.id())) {
                continue;
            }
            if (bothEndsLoaded(link) && !waiting.containsKey(link.id())) {
                attach(link);
            } else {
                waiting.putIfAbsent(link.id(), link);
            }
        }
        nodeList = List.copyOf(nodes.values());
        linkList = List.copyOf(links.values());
        years = EraDerivation.of(nodeList, linkList);
        index = null;
        return nodes.size() - before;
    }

    private boolean bothEndsLoaded(GraphLink link) {
        return nodes.containsKey(link.fromId()) && nodes.containsKey(link.toId());
    }

    private void attach(GraphLink link) {
        links.put(link.id(), link);
        linksByNode.computeIfAbsent(link.fromId(), k -> new ArrayList<>()).add(link);
        linksByNode.computeIfAbsent(link.toId(), k -> new ArrayList<>()).add(link);
    }

    public Collection<GraphNode> nodes() {
        return Collections.unmodifiableCollection(nodes.values());
    }

    public Collection<GraphLink> links() {
        return Collections.unmodifiableCollection(links.values());
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
        return Optional.ofNullable(nodes.get(id));
    }

    public Optional<GraphLink> link(String id) {
        return Optional.ofNullable(links.get(id));
    }

    public List<GraphLink> linksOf(String nodeId) {
        return linksByNode.getOrDefault(nodeId, List.of());
    }

    public Optional<YearRange> nodeYears(String id) {
        return years.nodeYears(id);
    }

    public Optional<YearRange> linkYears(String id) {
        return years.linkYears(id);
    }

    /**
     * Builds the filter index now rather than at the first filter, so that a caller loading in the
     * background hands over a graph the UI thread can filter at once.
     */
    public LoadedGraph indexed() {
        index();
        return this;
    }

    /**
     * The numbered arrays filters run over, built on first use after each change: one expansion after
     * another then costs no index that is never read.
     */
    GraphIndex index() {
        if (index == null) {
            index = new GraphIndex(nodes.values(), links.values(), this);
        }
        return index;
    }

    /** The id of the node at the other end of a link. */
    public static String otherEnd(GraphLink link, String nodeId) {
        return link.fromId().equals(nodeId) ? link.toId() : link.fromId();
    }

    public int nodeCount() {
        return nodes.size();
    }

    public int linkCount() {
        return links.size();
    }
}
