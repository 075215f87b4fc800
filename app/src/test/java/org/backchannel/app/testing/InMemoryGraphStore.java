package org.backchannel.app.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.backchannel.analysis.NameMatcher;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.Source;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.GraphPath;
import org.backchannel.store.PathQuery;
import org.backchannel.store.SearchHit;
import org.backchannel.store.Subgraph;

/**
 * Serves a dataset from memory at the store boundary: the overview holds outlines of the nodes
 * {@code inOverview} lets through (up to the limit), as the real store's does; neighbours and details
 * come whole from the dataset. {@link #failWith} makes
 * every later call throw, as a store that went away would; {@code failWith(null)} brings it back.
 */
public final class InMemoryGraphStore extends UnsupportedGraphStore {

    private final Dataset dataset;
    private final Predicate<String> inOverview;
    private RuntimeException failure;
    private int searches;

    public InMemoryGraphStore(Dataset dataset) {
        this(dataset, id -> true);
    }

    public InMemoryGraphStore(Dataset dataset, Predicate<String> inOverview) {
        this.dataset = dataset;
        this.inOverview = inOverview;
    }

    public void failWith(RuntimeException problem) {
        failure = problem;
    }

    @Override
    public void ping() {
        answer();
    }

    @Override
    public Subgraph overview(GraphFilter filter, int limit) {
        answer();
        List<GraphNode> candidates = dataset.nodes().stream().filter(n -> inOverview.test(n.id())).toList();
        List<GraphNode> nodes = candidates.stream().limit(limit).toList();
        Set<String> ids = nodes.stream().map(GraphNode::id).collect(Collectors.toSet());
        List<GraphLink> links = dataset.links().stream().filter(l -> ids.contains(l.fromId()) && ids.contains(l.toId())).toList();
        return new Subgraph(nodes.stream().map(Outlines::of).toList(), links.stream().map(Outlines::of).toList(),
                nodes.size() < candidates.size(), candidates.size());
    }

    @Override
    public Optional<GraphNode> nodeDetails(String id) {
        answer();
        return dataset.node(id);
    }

    @Override
    public Optional<GraphLink> linkDetails(String id, LinkType type) {
        answer();
        return dataset.links().stream().filter(l -> l.id().equals(id) && l.type() == type).findFirst();
    }

    @Override
    public Subgraph neighbours(String nodeId, int limit) {
        answer();
        List<GraphLink> all = dataset.links().stream().filter(l -> l.fromId().equals(nodeId) || l.toId().equals(nodeId)).toList();
        List<GraphLink> links = all.stream().limit(limit).toList();
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        dataset.node(nodeId).ifPresent(n -> nodes.put(n.id(), n));
        for (GraphLink link : links) {
            String other = link.fromId().equals(nodeId) ? link.toId() : link.fromId();
            dataset.node(other).ifPresent(n -> nodes.put(n.id(), n));
        }
        return new Subgraph(new ArrayList<>(nodes.values()), links, all.size() > links.size(), all.size());
    }

    /** Name search over the whole dataset, as the store's index would answer, not only over the overview. */
    @Override
    public List<SearchHit> search(String text, int limit) {
        answer();
        searches++;
        return NameMatcher.search(dataset.nodes(), text, limit).stream().map(n -> new SearchHit(n, 1.0)).toList();
    }

    /** How many times the store was searched. */
    public int searches() {
        return searches;
    }

    @Override
    public List<Source> sources() {
        answer();
        return dataset.sources();
    }

    @Override
    public List<GraphPath> shortestPaths(PathQuery query) {
        answer();
        return List.of();
    }

    private void answer() {
        if (failure != null) {
            throw failure;
        }
    }

}
