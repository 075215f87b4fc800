package org.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.backchannel.model.Citation;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphNode;
import org.backchannel.model.NodeKind;
import org.backchannel.store.embedded.EmbeddedNeo4j;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/** Several datasets in one store: shared entities, re-import, conflicts, revisions, removal and old stores. */
class ManyDatasetsIT {

    private final Neo4jGraphStore store = SharedEmbeddedStore.store();
    private final Dataset first = many("first.json");
    private final Dataset second = many("second.json");

    @BeforeEach
    void startFromTheFirstDatasetAlone() {
        TestDatasets.importAlone(store, first);
    }

    @Test
    void twoDatasetsSharingAnEntityCoexistAndItCarriesTheCitationsOfBoth() {
        store.importDataset(second);

        Set<String> ids = new HashSet<>();
        first.nodes().forEach(n -> ids.add(n.id()));
        second.nodes().forEach(n -> ids.add(n.id()));
        assertThat(store.summary().totalNodes()).isEqualTo(ids.size());
        GraphNode boris = store.nodeDetails("boris").orElseThrow();
        List<String> expected = new java.util.ArrayList<>(first.node("boris").orElseThrow().citations().stream().map(Citation::quote).toList());
        expected.addAll(second.node("boris").orElseThrow().citations().stream().map(Citation::quote).toList());
        assertThat(boris.citations()).extracting(Citation::quote).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(boris.citations()).extracting(Citation::datasetId).containsOnly("first", "second");
        assertThat(store.datasets()).extracting(DatasetInfo::id).containsExactly("first", "second");
        DatasetInfo listed = store.datasets().get(1);
        assertThat(listed.nodes()).isEqualTo(second.nodes().size());
        assertThat(listed.file()).endsWith("second.json");
        assertThat(listed.digest()).isEqualTo(second.origin().digest());
    }

    @Test
    void whatADatasetHoldsIsReadBackByItsIdsWithTheLinksAmongThem() {
        store.importDataset(second);
        List<String> ids = second.nodes().stream().map(GraphNode::id).toList();

        Subgraph shown = store.nodesById(ids, ids.size());

        assertThat(shown.nodes()).extracting(GraphNode::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(shown.nodes()).allSatisfy(n -> assertThat(n.citations()).as("outlines, as the overview sends").isEmpty());
        Set<String> within = new HashSet<>(ids);
        Set<String> expectedLinks = new HashSet<>();
        first.links().stream().filter(l -> within.contains(l.fromId()) && within.contains(l.toId())).forEach(l -> expectedLinks.add(l.id()));
        second.links().forEach(l -> expectedLinks.add(l.id()));
        assertThat(shown.links()).extracting(l -> l.id()).containsExactlyInAnyOrderElementsOf(expectedLinks);
        assertThat(shown.capped()).isFalse();
        assertThat(store.nodesById(ids, 1).nodes()).hasSize(1);
        assertThat(store.nodesById(ids, 1).capped()).isEqualTo(ids.size() > 1);
        assertThat(store.nodesById(List.of("no-such-node"), 5).nodes()).isEmpty();
    }

    @Test
    void reImportingOneDatasetLeavesTheOtherAsItWas() {
        store.importDataset(second);
        DatasetInfo firstBefore = store.datasets().get(0);
        DatasetInfo secondBefore = store.datasets().get(1);
        GraphNode aliceBefore = store.nodeDetails("alice").orElseThrow();
        String digest = store.contentDigest();

        assertThat(store.importDataset(second).changed()).isZero();
        assertThat(store.contentDigest()).isEqualTo(digest);
        assertThat(store.datasets().get(1)).as("not even its time of import").isEqualTo(secondBefore);

        GraphNode carol = second.node("carol").orElseThrow();
        List<GraphNode> renamed = second.nodes().stream().map(n -> n != carol ? n : new GraphNode(n.id(), n.kind(), "Carol B.",
                n.aliases(), n.category(), null, null, null, n.span(), n.certainty(), n.citations())).toList();
        ImportResult changed = store.importDataset(second.withContent(second.sources(), renamed, second.links()));

        assertThat(changed.changed()).isEqualTo(1);
        assertThat(store.nodeDetails("carol").orElseThrow().name()).isEqualTo("Carol B.");
        assertThat(store.datasets().get(0)).isEqualTo(firstBefore);
        assertThat(store.nodeDetails("alice").orElseThrow()).isEqualTo(aliceBefore);
    }

    @Test
    void aContradictingFactIsRefusedNamingBothPlacesAndChangesNothing() {
        String digest = store.contentDigest();

        ImportRefusedException refused = catchThrowableOfType(ImportRefusedException.class,
                () -> store.importDataset(many("conflicting.json")));

        assertThat(refused).isNotNull();
        assertThat(refused.problems()).hasSize(1);
        assertThat(refused.problems().get(0)).contains("conflicting.json:", "first.json:", "\"alice\"", "name",
                "\"Alicia\"", "\"Alice\"", "revises");
        assertThat(store.contentDigest()).isEqualTo(digest);
    }

    @Test
    void aDatasetThatRevisesAnotherMayCorrectItsFactsUntilItIsRemoved() {
        String digest = store.contentDigest();

        store.importDataset(many("revising.json"));
        assertThat(store.nodeDetails("alice").orElseThrow().name()).isEqualTo("Alicia");

        store.removeDataset("correction");
        assertThat(store.nodeDetails("alice").orElseThrow().name()).isEqualTo("Alice");
        assertThat(store.contentDigest()).isEqualTo(digest);
    }

    @Test
    void removingADatasetTakesOutExactlyItsContribution() {
        String firstAlone = store.contentDigest();
        store.importDataset(second);

        ImportResult removed = store.removeDataset("second");

        long onlySecond = second.nodes().stream().filter(n -> first.node(n.id()).isEmpty()).count();
        assertThat(removed.removedNodes()).isEqualTo(onlySecond);
        assertThat(removed.removedLinks()).isEqualTo(second.links().size());
        assertThat(store.contentDigest()).isEqualTo(firstAlone);
        assertThat(store.datasets()).extracting(DatasetInfo::id).containsExactly("first");
        // Supported by one dataset again, boris stores no list of each citation's dataset (decision 0035): it is read as first's.
        assertThat(store.nodeDetails("boris").orElseThrow().citations()).isNotEmpty().extracting(Citation::datasetId)
                .containsOnly("first");
        assertThat(storedCitationDatasets()).as("elements one dataset supports").isZero();
    }

    /** How many elements store their citations' datasets as a list. */
    private static long storedCitationDatasets() {
        EmbeddedNeo4j neo4j = SharedEmbeddedStore.neo4j();
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.username(), neo4j.password()));
             Session session = driver.session()) {
            return session.run("RETURN COUNT { MATCH (x) WHERE x.citationDatasets IS NOT NULL }"
                    + " + COUNT { MATCH ()-[r]->() WHERE r.citationDatasets IS NOT NULL } AS n").single().get("n").asLong();
        }
    }

    @Test
    void removingADatasetTheStoreDoesNotHoldChangesNothing() {
        String digest = store.contentDigest();

        assertThatThrownBy(() -> store.removeDataset("nowhere")).isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("no dataset \"nowhere\"").hasMessageContaining("first");
        assertThat(store.contentDigest()).isEqualTo(digest);
    }

    @Test
    void contentOfAnOlderVersionIsKeptAsADatasetOfItsOwnOnTheNextImport() {
        EmbeddedNeo4j neo4j = SharedEmbeddedStore.neo4j();
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.username(), neo4j.password()));
             Session session = driver.session()) {
            // What the previous version left: the same elements, no datasets, no contributions.
            session.run("MATCH (d:Dataset) DELETE d").consume();
            session.run("MATCH (x) WHERE x:Entity OR x:Source REMOVE x.datasets, x.contributions, x.contributionDiffs, x.citationDatasets").consume();
            session.run("MATCH ()-[r]->() REMOVE r.datasets, r.contributions, r.contributionDiffs, r.citationDatasets").consume();
        }
        String legacy = store.contentDigest();

        assertThat(store.datasets()).extracting(DatasetInfo::id).containsExactly("earlier-import");
        assertThat(store.nodeDetails("alice")).isPresent();
        assertThat(store.contentDigest()).as("browsing never migrates").isEqualTo(legacy);

        store.importDataset(second);
        assertThat(store.datasets()).extracting(DatasetInfo::id).containsExactly("earlier-import", "second");
        assertThat(store.nodeDetails("alice").orElseThrow().citations()).isNotEmpty();

        store.removeDataset("earlier-import");
        assertThat(store.summary().totalNodes()).isEqualTo(second.nodes().size());
        assertThat(store.summary().nodes(NodeKind.CHANNEL)).isEqualTo(1);
    }

    private static Dataset many(String file) {
        return TestDatasets.read(TestDatasets.resource("datasets/many/" + file));
    }
}
