package org.backchannel.store;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.backchannel.dataset.DatasetException;
import org.backchannel.dataset.DatasetReader;
import org.backchannel.model.Citation;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;

/** Datasets the tests read, from test resources and from the data module. */
public final class TestDatasets {

    public static final String BUNDLED = "org/backchannel/data/back-channel-to-moscow.json";

    private TestDatasets() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(TestDatasets.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource " + name + " is missing", e);
        }
    }

    public static Dataset small() {
        return read(resource("datasets/small.json"));
    }

    public static Dataset bundled() {
        try {
            return new DatasetReader().readResource(TestDatasets.class.getClassLoader(), BUNDLED);
        } catch (DatasetException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /**
     * Makes a shared store hold this dataset and nothing else: integration tests share one DBMS,
     * and datasets imported by earlier tests would otherwise stay beside it.
     */
    public static ImportResult importAlone(GraphStore store, Dataset dataset) {
        for (DatasetInfo other : store.datasets()) {
            if (!other.id().equals(dataset.id())) {
                store.removeDataset(other.id());
            }
        }
        return store.importDataset(dataset);
    }

    /** A node as a store gives it back: each of its citations names the dataset that made it. */
    public static GraphNode asStored(GraphNode n, String datasetId) {
        return new GraphNode(n.id(), n.kind(), n.name(), n.aliases(), n.category(), n.channelType(), n.secrecy(),
                n.description(), n.span(), n.certainty(), cited(n.citations(), datasetId));
    }

    /** A link as a store gives it back: each of its citations names the dataset that made it. */
    public static GraphLink asStored(GraphLink l, String datasetId) {
        return new GraphLink(l.id(), l.type(), l.fromId(), l.toId(), l.channelId(), l.role(), l.description(), l.span(),
                l.certainty(), cited(l.citations(), datasetId));
    }

    private static List<Citation> cited(List<Citation> citations, String datasetId) {
        return citations.stream().map(c -> new Citation(c.sourceId(), c.quote(), c.note(), datasetId)).toList();
    }

    public static Dataset read(Path file) {
        try {
            return new DatasetReader().read(file);
        } catch (DatasetException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
