package org.backchannel.store.neo4j;

import org.backchannel.model.Dataset;
import org.backchannel.store.ImportResult;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only data {@link Neo4jGraphStore} writes: a dataset imported or removed as one write
 * transaction, on the user's request, and logged (what changed, never who connected with what).
 */
final class DatasetWrites {

    private static final Logger LOG = LoggerFactory.getLogger(Neo4jGraphStore.class);
    private static final SessionConfig WRITE = SessionConfig.builder().withDefaultAccessMode(AccessMode.WRITE).build();

    private DatasetWrites() {
    }

    static ImportResult importDataset(Driver driver, Dataset dataset) {
        try (Session session = driver.session(WRITE)) {
            ImportResult result = session.executeWrite(tx -> DatasetWriter.write(tx, dataset));
            LOG.info("Imported dataset {} (\"{}\"): {} nodes, {} links, {} sources; {} elements changed; "
                            + "removed {} nodes and {} links no dataset supports any more", dataset.id(), dataset.title(),
                    result.nodes(), result.links(), result.sources(), result.changed(), result.removedNodes(), result.removedLinks());
            return result;
        }
    }

    static ImportResult removeDataset(Driver driver, String datasetId) {
        try (Session session = driver.session(WRITE)) {
            ImportResult result = session.executeWrite(tx -> DatasetWriter.remove(tx, datasetId));
            LOG.info("Removed dataset {}: {} elements changed; removed {} nodes and {} links", datasetId,
                    result.changed(), result.removedNodes(), result.removedLinks());
            return result;
        }
    }
}
