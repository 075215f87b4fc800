package org.backchannel.store;

import java.nio.file.Path;
import org.backchannel.dataset.DatasetException;
import org.backchannel.dataset.DatasetReader;
import org.backchannel.model.Dataset;

/**
 * Reads a dataset file and imports it: the whole file is checked before the store is touched, and
 * the write is one transaction. A refused file leaves the store exactly as it was.
 */
public final class DatasetImporter {

    private final DatasetReader reader = new DatasetReader();
    private final GraphStore store;

    public DatasetImporter(GraphStore store) {
        this.store = store;
    }

    /** @throws DatasetException naming file, line, column and field of every problem; nothing was written */
    public ImportResult importFile(Path file) throws DatasetException {
        Dataset dataset = reader.read(file);
        return store.importDataset(dataset);
    }
}
