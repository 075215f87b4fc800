package org.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.backchannel.testing.GuestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database Neo4j itself holds read-only ({@code read_only_databases}), filled by someone else
 * with Backchannel's data but none of its indexes: it opens as a guest, is drawn, searched and
 * browsed, over {@code bolt://} and routed over {@code neo4j://}, and its content and schema are
 * the same afterwards.
 */
class ReadOnlyGuestIT {

    private static final int CAP = 10;
    private static final Dataset DATA = ExchangeFixture.of(60, 3, 150, 5);

    @TempDir
    static Path home;

    private static GuestNeo4j server;
    private static Neo4jGraphStore store;
    private static String digestBefore;
    private static List<Map<String, Object>> schemaBefore;

    @BeforeAll
    static void someoneElsesDatabaseMadeReadOnly() {
        try (GuestNeo4j writable = GuestNeo4j.start(home, GuestNeo4j.Options.WRITABLE)) {
            GuestDatabases.fillWithoutSchema(writable, DATA);
        }
        server = GuestNeo4j.start(home, GuestNeo4j.Options.READ_ONLY);
        schemaBefore = server.schema();
        store = Neo4jGraphStore.connect(GuestDatabases.settings(server, "bolt"));
        digestBefore = store.contentDigest();
    }

    @AfterAll
    static void nothingChanged() {
        try {
            store.close();
            assertThat(server.schema()).isEqualTo(schemaBefore);
            assertThat(server.nodesWith("degree")).isZero();
            try (Neo4jGraphStore again = Neo4jGraphStore.connect(GuestDatabases.settings(server, "bolt"))) {
                assertThat(again.contentDigest()).isEqualTo(digestBefore);
            }
        } finally {
            server.close();
        }
    }

    @Test
    void theDatabaseReallyRefusesWrites() {
        assertThatThrownBy(() -> server.run("CREATE (:Probe)")).hasMessageContaining("read-only");
    }

    @Test
    void itIsDrawnBestConnectedFirstAndSaysHowMuchThereIs() {
        Subgraph overview = store.overview(GraphFilter.ALL, CAP);

        assertThat(overview.nodes()).hasSize(CAP);
        assertThat(overview.capped()).isTrue();
        assertThat(overview.available()).isEqualTo(DATA.nodes().size());
        assertThat(overview.links()).isNotEmpty();
        Map<String, Long> degrees = degreesInTheDataset();
        long weakestShown = overview.nodes().stream().mapToLong(n -> degrees.get(n.id())).min().orElseThrow();
        long strongestLeftOut = DATA.nodes().stream().filter(n -> !ids(overview).contains(n.id()))
                .mapToLong(n -> degrees.get(n.id())).max().orElseThrow();
        assertThat(weakestShown).isGreaterThanOrEqualTo(strongestLeftOut);
    }

    @Test
    void searchFindsANodeOutsideTheSceneByItsExactNameFirst() {
        Set<String> shown = ids(store.overview(GraphFilter.ALL, CAP));
        GraphNode outside = DATA.nodes().stream().filter(n -> !shown.contains(n.id()) && n.name().matches("Actor [0-9]"))
                .findFirst().orElseThrow();

        List<SearchHit> hits = store.search(outside.name().toLowerCase(java.util.Locale.ROOT), 3);

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).node().id()).isEqualTo(outside.id());
    }

    @Test
    void aNodeOutsideTheSceneCanBeExpandedAndItsDetailsRead() {
        GraphNode actor = DATA.nodes().get(DATA.nodes().size() - 5);
        Subgraph around = store.neighbours(actor.id(), 50);

        assertThat(around.nodes()).extracting(GraphNode::id).contains(actor.id());
        assertThat(store.nodeDetails(actor.id())).hasValueSatisfying(n -> assertThat(n.citations()).isNotEmpty());
        String link = DATA.links().get(0).id();
        assertThat(store.linkDetails(link, LinkType.SPOKE_WITH)).isPresent();
        assertThat(store.exchanges(ExchangeQuery.involving(actor.id(), GraphFilter.ALL, 100)))
                .allSatisfy(e -> assertThat(Set.of(e.from().id(), e.to().id())).contains(actor.id()));
    }

    @Test
    void theConsoleAndTheSummaryWork() {
        assertThat(store.readOnlyQuery("MATCH (n:Actor) RETURN count(n) AS actors", 10).rows())
                .singleElement().satisfies(row -> assertThat(row).contains(String.valueOf(DATA.nodes().stream()
                        .filter(n -> n.kind() == org.backchannel.model.NodeKind.ACTOR).count())));
        assertThat(store.summary().totalNodes()).isEqualTo(DATA.nodes().size());
    }

    @Test
    void whatPreparingWouldCreateIsListedAndPreparingIsRefusedPlainly() {
        StorePreparation preparation = store.preparation();

        assertThat(preparation.isPrepared()).isFalse();
        assertThat(preparation.missing()).anySatisfy(s -> assertThat(s).contains("entity_id"));
        assertThat(preparation.notice()).contains("not prepared", "backchannel prepare");
        assertThatThrownBy(store::prepare).isInstanceOf(StoreUnavailableException.class).hasMessageContaining("read-only");
    }

    @Test
    void routedThroughNeo4jSchemeItOpensDrawsAndSearchesToo() {
        try (Neo4jGraphStore routed = Neo4jGraphStore.connect(GuestDatabases.settings(server, "neo4j"))) {
            assertThat(routed.overview(GraphFilter.ALL, CAP).nodes()).hasSize(CAP);
            assertThat(routed.search("actor 7", 1)).extracting(h -> h.node().id()).containsExactly("actor-7");
        }
    }

    private static Set<String> ids(Subgraph subgraph) {
        return Set.copyOf(subgraph.nodes().stream().map(GraphNode::id).toList());
    }

    private static Map<String, Long> degreesInTheDataset() {
        Map<String, Long> degrees = new java.util.HashMap<>();
        DATA.nodes().forEach(n -> degrees.put(n.id(), 0L));
        DATA.links().forEach(l -> {
            degrees.merge(l.fromId(), 1L, Long::sum);
            degrees.merge(l.toId(), 1L, Long::sum);
        });
        return degrees;
    }
}
