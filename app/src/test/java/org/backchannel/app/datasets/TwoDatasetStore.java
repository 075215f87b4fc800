package org.backchannel.app.datasets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.app.testing.Outlines;
import org.backchannel.app.testing.UnsupportedGraphStore;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.Source;
import org.backchannel.store.DatasetInfo;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.ImportResult;
import org.backchannel.store.Subgraph;

/**
 * A store in memory that takes imports: its datasets' nodes and links by id, as the real store
 * answers at its boundary. {@link #refuseWith} makes the next imports fail as a store refusal would.
 */
final class TwoDatasetStore extends UnsupportedGraphStore {

    private final Map<String, Dataset> datasets = new LinkedHashMap<>();
    private RuntimeException refusal;
    private int imports;

    TwoDatasetStore(Dataset first) {
        datasets.put(first.id(), first);
    }

    void refuseWith(RuntimeException problem) {
        refusal = problem;
    }

    /** How many imports reached the store. */
    int imports() {
        return imports;
    }

    @Override
    public ImportResult importDataset(Dataset dataset) {
        imports++;
        if (refusal != null) {
            throw refusal;
        }
        datasets.put(dataset.id(), dataset);
        return new ImportResult(dataset.id(), dataset.nodes().size(), dataset.links().size(), dataset.sources().size(),
                dataset.nodes().size() + dataset.links().size(), 0, 0);
    }

    @Override
    public ImportResult removeDataset(String datasetId) {
        Dataset gone = datasets.remove(datasetId);
        return new ImportResult(datasetId, 0, 0, 0, gone.nodes().size(), gone.nodes().size(), gone.links().size());
    }

    @Override
    public List<DatasetInfo> datasets() {
        return datasets.values().stream().map(d -> new DatasetInfo(d.id(), d.title(), d.format(), d.origin().file(),
                d.origin().digest(), "2026-12-06T05:00:00Z", d.revises(), d.sources().size(), d.nodes().size(), d.links().size())).toList();
    }

    @Override
    public Subgraph overview(GraphFilter filter, int limit) {
        return nodesById(nodes().keySet().stream().toList(), limit);
    }

    @Override
    public Subgraph nodesById(List<String> nodeIds, int limit) {
        Map<String, GraphNode> all = nodes();
        List<GraphNode> found = nodeIds.stream().filter(all::containsKey).limit(limit).map(all::get).map(Outlines::of).toList();
        Set<String> ids = Set.copyOf(found.stream().map(GraphNode::id).toList());
        List<GraphLink> links = datasets.values().stream().flatMap(d -> d.links().stream())
                .filter(l -> ids.contains(l.fromId()) && ids.contains(l.toId())).map(Outlines::of).toList();
        return new Subgraph(found, links, nodeIds.size() > limit, nodeIds.size());
    }

    @Override
    public List<Source> sources() {
        List<Source> all = new ArrayList<>();
        datasets.values().forEach(d -> all.addAll(d.sources()));
        return all;
    }

    private Map<String, GraphNode> nodes() {
        Map<String, GraphNode> all = new LinkedHashMap<>();
        datasets.values().forEach(d -> d.nodes().forEach(n -> all.putIfAbsent(n.id(), n)));
        return all;
    }
}
