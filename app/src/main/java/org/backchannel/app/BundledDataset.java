package org.backchannel.app;

import org.backchannel.dataset.DatasetException;
import org.backchannel.dataset.DatasetReader;
import org.backchannel.model.Dataset;

/** The article's dataset, shipped in the data module. */
public final class BundledDataset {

    public static final String RESOURCE = "org/backchannel/data/back-channel-to-moscow.json";

    private BundledDataset() {
    }

    public static Dataset load() throws DatasetException {
        return new DatasetReader().readResource(BundledDataset.class.getClassLoader(), RESOURCE);
    }
}
