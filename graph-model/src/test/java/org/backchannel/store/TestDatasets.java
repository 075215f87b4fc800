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

    public static Dataset read(Path file) {
        try {
            return new DatasetReader().read(file);
        } catch (DatasetException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
