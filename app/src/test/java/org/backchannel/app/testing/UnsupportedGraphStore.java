package org.backchannel.app.testing;

import java.util.List;
import java.util.Optional;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.Source;
import org.backchannel.store.DatasetInfo;
import org.backchannel.store.Exchange;
import org.backchannel.store.ExchangeQuery;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.GraphPath;
import org.backchannel.store.GraphStore;
import org.backchannel.store.ImportResult;
import org.backchannel.store.PathQuery;
import org.backchannel.store.SearchHit;
import org.backchannel.store.StoreSummary;
import org.backchannel.store.QueryAnswer;
import org.backchannel.store.Subgraph;

/** A store test double that answers nothing; fakes override only what their test asks of the store. */
public abstract class UnsupportedGraphStore implements GraphStore {

    /** A fake answers, unless its test says otherwise. */
    @Override
    public void ping() {
    }

    @Override
    public QueryAnswer readOnlyQuery(String cypher, int rowLimit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public StoreSummary summary() {
        throw new UnsupportedOperationException();
    }

    @Override
    public ImportResult importDataset(Dataset dataset) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Subgraph nodesById(List<String> nodeIds, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ImportResult removeDataset(String datasetId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<DatasetInfo> datasets() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Subgraph overview(GraphFilter filter, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<GraphNode> nodeDetails(String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<GraphLink> linkDetails(String id, LinkType type) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Subgraph neighbours(String nodeId, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<GraphPath> shortestPaths(PathQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Exchange> exchanges(ExchangeQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Source> sources() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String contentDigest() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
    }
}
