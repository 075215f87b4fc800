package org.backchannel.store.neo4j;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.GraphPath;
import org.backchannel.store.LayeredPathSearch;
import org.backchannel.store.PathQuery;
import org.backchannel.store.Subgraph;
import org.neo4j.driver.TransactionContext;

/**
 * What a filter lets in on a perspective store, fetched rather than narrowed from what was loaded:
 * exchanges are read (bounded), filtered on the client by the perspective's dates and channel types,
 * and their parties brought in; paths are searched a hop at a time among the exchanges the filter
 * lets through. The store's dates are in whatever form the perspective names, which Cypher cannot
 * compare, so the filter cannot be pushed into the statements (decision 0017).
 */
final class PerspectiveFilteredReads {

    /** Exchanges read per filter change, per scene node asked for: a bound on the scan, not a promise of what passes. */
    static final int EXCHANGES_READ_PER_NODE = 4;
    /** Exchanges read per hop of a path search, for the whole frontier. */
    static final int EXCHANGES_READ_PER_HOP = 20_000;

    private final PerspectiveReads reads;
    private final PerspectiveExchanges exchanges;

    PerspectiveFilteredReads(PerspectiveReads reads, PerspectiveExchanges exchanges) {
        this.reads = reads;
        this.exchanges = exchanges;
    }

    /**
     * The parties of the exchanges the filter lets through, those in most of them first, at most
     * {@code limit}, with the links among them; capped when the scan or the parties ran past their bounds.
     */
    Subgraph overview(TransactionContext tx, GraphFilter filter, int limit) {
        int scan = (int) Math.min(Integer.MAX_VALUE, (long) EXCHANGES_READ_PER_NODE * limit);
        Map<String, GraphNode> ends = new HashMap<>();
        List<GraphLink> read = exchanges.read(tx, null, false, scan, ends);
        List<GraphLink> passing = read.stream().filter(l -> exchanges.passes(l, filter)).toList();
        Map<String, Integer> exchangesOf = new HashMap<>();
        for (GraphLink link : passing) {
            exchangesOf.merge(link.fromId(), 1, Integer::sum);
            exchangesOf.merge(link.toId(), 1, Integer::sum);
        }
        Map<String, GraphNode> chosen = new LinkedHashMap<>();
        exchangesOf.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).forEach(e -> chosen.put(e.getKey(), ends.get(e.getKey())));
        Map<String, GraphLink> links = new LinkedHashMap<>();
        passing.stream().filter(l -> chosen.containsKey(l.fromId()) && chosen.containsKey(l.toId())).forEach(l -> links.put(l.id(), l));
        if (!chosen.isEmpty()) {
            reads.linksAmong(tx, chosen, 2L * limit).forEach(l -> links.putIfAbsent(l.id(), l));
        }
        List<GraphLink> all = new ArrayList<>(links.values());
        List<GraphNode> nodes = new ArrayList<>(chosen.values());
        nodes.addAll(reads.channels(all));
        boolean capped = exchangesOf.size() > limit || read.size() >= scan;
        return new Subgraph(nodes, all, capped, Math.max(exchangesOf.size(), chosen.size()));
    }

    /** The shortest paths along exchanges the filter lets through, found a hop at a time. */
    List<GraphPath> shortestPaths(TransactionContext tx, PathQuery query) {
        Map<String, GraphNode> nodes = new HashMap<>();
        List<List<GraphLink>> found = LayeredPathSearch.find(query.fromId(), query.toId(), query.maxHops(), query.all() ? query.limit() : 1,
                frontier -> linksOf(tx, frontier, query.filter(), nodes));
        List<GraphPath> paths = new ArrayList<>();
        for (List<GraphLink> links : found) {
            List<GraphNode> walked = new ArrayList<>(List.of(nodes.get(query.fromId())));
            String here = query.fromId();
            for (GraphLink link : links) {
                here = link.fromId().equals(here) ? link.toId() : link.fromId();
                walked.add(nodes.get(here));
            }
            paths.add(new GraphPath(walked, links));
        }
        return paths;
    }

    private List<GraphLink> linksOf(TransactionContext tx, Collection<String> frontier, GraphFilter filter, Map<String, GraphNode> nodes) {
        Set<String> at = new HashSet<>(frontier);
        return exchanges.read(tx, List.copyOf(frontier), false, EXCHANGES_READ_PER_HOP, nodes).stream()
                .filter(l -> at.contains(l.fromId()) || at.contains(l.toId()))
                .filter(l -> exchanges.passes(l, filter))
                .sorted(Comparator.comparing(GraphLink::id)).toList();
    }
}
