package org.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.backchannel.dataset.DatasetException;
import org.backchannel.dataset.DatasetReader;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.LinkType;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A refused or failing import leaves the store exactly as it was: same digest of every node, link and property. */
class ImportIsAllOrNothingIT {

    private final Neo4jGraphStore store = SharedEmbeddedStore.store();

    @BeforeEach
    void startFromTheSmallDataset() {
        TestDatasets.importAlone(store, TestDatasets.small());
    }

    @Test
    void everyBadFileLeavesTheStoreUnchanged() throws IOException {
        String before = store.contentDigest();
        DatasetReader reader = new DatasetReader();
        List<Path> bad;
        try (Stream<Path> files = Files.list(TestDatasets.resource("bad-datasets"))) {
            bad = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(bad).hasSizeGreaterThan(40);
        for (Path file : bad) {
            assertThatThrownBy(() -> store.importDataset(reader.read(file))).as(file.getFileName().toString())
                    .isInstanceOf(DatasetException.class);
            assertThat(store.contentDigest()).as("store after " + file.getFileName()).isEqualTo(before);
        }
    }

    @Test
    void aWriteThatFailsHalfWayIsRolledBack() {
        String before = store.contentDigest();
        Dataset valid = TestDatasets.small();
        // The validator would refuse this link; built by hand, it makes the writer fail after the nodes are written.
        List<GraphLink> links = new ArrayList<>(valid.links());
        GraphLink template = links.stream().filter(l -> l.type() == LinkType.SPOKE_WITH).findFirst().orElseThrow();
        links.add(new GraphLink("to-nowhere", LinkType.SPOKE_WITH, template.fromId(), "nobody", template.channelId(), null, null,
                template.span(), template.certainty(), template.citations()));
        Dataset broken = valid.withContent(valid.sources(), valid.nodes(), links);

        assertThatThrownBy(() -> store.importDataset(broken)).hasMessageContaining("found both ends");
        assertThat(store.contentDigest()).isEqualTo(before);
    }

    @Test
    void theDigestSeesAChangeToASingleProperty() {
        String before = store.contentDigest();
        Dataset small = TestDatasets.small();
        var nodes = new ArrayList<>(small.nodes());
        var first = nodes.get(0);
        nodes.set(0, new org.backchannel.model.GraphNode(first.id(), first.kind(), first.name() + ".", first.aliases(),
                first.category(), first.channelType(), first.secrecy(), first.description(), first.span(), first.certainty(),
                first.citations()));
        TestDatasets.importAlone(store, small.withContent(small.sources(), nodes, small.links()));
        assertThat(store.contentDigest()).isNotEqualTo(before);
    }
}
