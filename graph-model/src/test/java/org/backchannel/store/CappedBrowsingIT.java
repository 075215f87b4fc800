package org.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphNode;
import org.backchannel.model.YearRange;
import org.backchannel.store.embedded.EmbeddedNeo4j;
import org.backchannel.store.neo4j.ConnectionSettings;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * What a capped answer says: the best-connected nodes first, an exact total when it is free (no
 * filter: the count store) and "more than the cap" when counting would mean reading every match,
 * and the stored degree that orders the overview, kept by the importer.
 */
class CappedBrowsingIT {

    private final EmbeddedNeo4j neo4j = SharedEmbeddedStore.neo4j();
    private final Neo4jGraphStore store = SharedEmbeddedStore.store();
    private final Dataset small = TestDatasets.small();
    private final GraphFilter allTime = new GraphFilter(Set.of(), new YearRange(1900, 2100));

    @Test
    void theOverviewTakesTheBestConnectedNodesFirst() {
        TestDatasets.importAlone(store, small);

        // alice has four links, secret-line three, every other node two or fewer.
        assertThat(store.overview(GraphFilter.ALL, 2).nodes()).extracting(GraphNode::id).containsExactly("alice", "secret-line");
    }

    @Test
    void anUnfilteredCapCountsEveryNodeExactly() {
        TestDatasets.importAlone(store, small);

        Subgraph capped = store.overview(GraphFilter.ALL, 2);

        assertThat(capped.capped()).isTrue();
        assertThat(capped.availableExact()).isTrue();
        assertThat(capped.available()).isEqualTo(small.nodes().size());
    }

    @Test
    void aFilteredCapSaysOnlyThatThereWereMoreThanTheCap() {
        TestDatasets.importAlone(store, small);

        Subgraph capped = store.overview(allTime, 2);

        assertThat(capped.nodes()).hasSize(2);
        assertThat(capped.capped()).isTrue();
        assertThat(capped.availableExact()).isFalse();
        assertThat(capped.available()).isEqualTo(2);
    }

    @Test
    void aFilteredAnswerUnderTheCapIsCountedExactly() {
        TestDatasets.importAlone(store, small);

        Subgraph recent = store.overview(new GraphFilter(Set.of(), new YearRange(2014, 2022)), 100);

        assertThat(recent.capped()).isFalse();
        assertThat(recent.availableExact()).isTrue();
        assertThat(recent.available()).isEqualTo(recent.nodes().size());
    }

    @Test
    void linksAreCappedAtTwiceTheNodeCapAndSaySo() {
        // Two actors with 60 exchanges between them and a channel: every node fits, their links do not.
        TestDatasets.importAlone(store, ExchangeFixture.of(2, 1, 60, 11));

        Subgraph overview = store.overview(GraphFilter.ALL, 3);

        assertThat(overview.nodes()).hasSize(3);
        assertThat(overview.links()).hasSize(6);
        assertThat(overview.capped()).isTrue();
        assertThat(overview.available()).isEqualTo(3);
    }

    @Test
    void searchReturnsNoMoreThanTheLimit() {
        TestDatasets.importAlone(store, ExchangeFixture.of(40, 2, 10, 3));

        assertThat(store.search("actor", 5)).hasSize(5);
    }

    @Test
    void searchFindsANodeOutsideTheOverviewByItsExactNameBeforeTheNamesItBegins() {
        Dataset many = ExchangeFixture.of(300, 2, 600, 9);
        store.importDataset(many);
        Set<String> shown = store.overview(GraphFilter.ALL, 10).nodes().stream().map(GraphNode::id).collect(Collectors.toSet());
        // "Actor 7" begins "Actor 70" … "Actor 79" and "Actor 700" …: the prefix query alone scores them all alike.
        GraphNode outside = many.nodes().stream().filter(n -> !shown.contains(n.id()) && n.name().matches("Actor [1-9]"))
                .findFirst().orElseThrow();

        List<SearchHit> hits = store.search(outside.name().toUpperCase(java.util.Locale.ROOT), 3);

        assertThat(hits).hasSize(3);
        assertThat(hits.get(0).node().id()).isEqualTo(outside.id());
        assertThat(hits.subList(1, 3)).allSatisfy(hit -> assertThat(hit.node().name()).startsWith(outside.name()));
    }

    @Test
    void theImporterStoresEachNodesDegreeAndKeepsItUpToDate() {
        TestDatasets.importAlone(store, small);
        Map<String, Long> before = degrees("n.degree");
        assertThat(before).isEqualTo(degrees("COUNT { (n)--() }")).containsEntry("hotline", 0L);

        TestDatasets.importAlone(store, small.withContent(small.sources(), small.nodes(),
                small.links().stream().filter(l -> !l.id().equals("alice-clara")).toList()));

        Map<String, Long> after = degrees("n.degree");
        assertThat(after).isEqualTo(degrees("COUNT { (n)--() }"));
        assertThat(after.get("alice")).isEqualTo(before.get("alice") - 1);
        assertThat(after.get("clara")).isEqualTo(before.get("clara") - 1);
    }

    @Test
    void withoutStoredDegreesAGuestStillSeesTheBestConnectedFirstAndStoresNothingWhilePreparingStoresThem() {
        TestDatasets.importAlone(store, small);
        try (Driver driver = driver()) {
            driver.executableQuery("MATCH (n:Entity) REMOVE n.degree").execute();
        }
        ConnectionSettings settings = new ConnectionSettings(neo4j.boltUri(), neo4j.username(), neo4j.password());

        try (Neo4jGraphStore guest = Neo4jGraphStore.connect(settings)) {
            assertThat(guest.preparation().nodesWithoutDegree()).isEqualTo(small.nodes().size());
            assertThat(guest.overview(GraphFilter.ALL, 2).nodes()).extracting(GraphNode::id).containsExactly("alice", "secret-line");
            assertThat(guest.overview(GraphFilter.ALL, 100).nodes()).hasSize(small.nodes().size());
        }
        assertThat(degrees("n.degree")).allSatisfy((id, degree) -> assertThat(degree).isEqualTo(-1L));

        try (Neo4jGraphStore preparing = Neo4jGraphStore.connect(settings)) {
            assertThat(preparing.prepare().nodesWithoutDegree()).isEqualTo(small.nodes().size());
            assertThat(preparing.preparation().isPrepared()).isTrue();
        }
        assertThat(degrees("n.degree")).isEqualTo(degrees("COUNT { (n)--() }"));
    }

    /** @param degree a Cypher expression over {@code n}, a test constant */
    private Map<String, Long> degrees(String degree) {
        try (Driver driver = driver()) {
            return driver.executableQuery("MATCH (n:Entity) RETURN n.id AS id, " + degree + " AS degree").execute().records().stream()
                    .collect(Collectors.toMap(r -> r.get("id").asString(), r -> r.get("degree").asLong(-1)));
        }
    }

    private Driver driver() {
        return GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.username(), neo4j.password()));
    }
}
