package org.backchannel.store;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.backchannel.dataset.DatasetException;
import org.backchannel.dataset.DatasetReader;
import org.backchannel.model.Dataset;

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

    public static Dataset read(Path file) {
        try {
            return new DatasetReader().read(file);
        } catch (DatasetException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
