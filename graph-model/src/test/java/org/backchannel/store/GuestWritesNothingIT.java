package org.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.YearRange;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.backchannel.testing.GuestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writable database that is not Backchannel's: a whole browsing session as a guest — opening,
 * the overview, filters, search, expanding, details, exchanges, paths, the console — leaves it
 * without a new index, constraint, property or node. Preparing it is a separate, explicit step.
 */
class GuestWritesNothingIT {

    private static final Dataset DATA = ExchangeFixture.of(30, 2, 80, 3);

    @TempDir
    Path home;

    private GuestNeo4j server;

    @BeforeEach
    void someoneElsesDatabaseWithBackchannelsDataAndTheirOwn() {
        server = GuestNeo4j.start(home, GuestNeo4j.Options.WRITABLE);
        GuestDatabases.fillWithoutSchema(server, DATA);
        server.run("CREATE (:Person {name: 'Ada'})-[:KNOWS]->(:Person {name: 'Charles'})");
        server.run("CREATE INDEX person_name FOR (p:Person) ON (p.name)");
        server.run("CALL db.awaitIndexes(30)");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aBrowsingSessionChangesNothing() throws Exception {
        List<Map<String, Object>> schemaBefore = server.schema();
        String digestBefore;
        try (ConnectedStore connected = ConnectedStore.external(GuestDatabases.settings(server, "bolt"))) {
            GraphStore store = connected.store();
            digestBefore = store.contentDigest();
            assertThat(connected.seedIfEmpty(() -> { throw new AssertionError("a guest store is never seeded"); }).seeded()).isEmpty();
            Subgraph overview = store.overview(GraphFilter.ALL, 10);
            assertThat(overview.nodes()).hasSize(10);
            store.overview(new GraphFilter(Set.of(), new YearRange(1960, 1980)), 10);
            GraphNode first = overview.nodes().get(0);
            assertThat(store.neighbours(first.id(), 20).nodes()).isNotEmpty();
            assertThat(store.nodeDetails(first.id())).isPresent();
            assertThat(store.linkDetails(DATA.links().get(0).id(), LinkType.SPOKE_WITH)).isPresent();
            assertThat(store.search("Actor 12", 5)).first().satisfies(hit -> assertThat(hit.node().id()).isEqualTo("actor-12"));
            store.exchanges(ExchangeQuery.involving(first.id(), GraphFilter.ALL, 50));
            store.shortestPaths(new PathQuery("actor-0", "actor-1", 4, true, GraphFilter.ALL, 5));
            store.readOnlyQuery("MATCH (p:Person) RETURN p.name", 10);
            store.summary();
            store.sources();
            assertThat(connected.preparation().notice()).contains("not prepared");
        }

        assertThat(server.schema()).isEqualTo(schemaBefore);
        assertThat(server.nodesWith("degree")).isZero();
        assertThat(relationshipsWithALesserDegree()).isZero();
        try (Neo4jGraphStore again = Neo4jGraphStore.connect(GuestDatabases.settings(server, "bolt"))) {
            assertThat(again.contentDigest()).isEqualTo(digestBefore);
        }
    }

    @Test
    void preparingOnRequestCreatesWhatItListedAndStoresTheDegrees() {
        try (ConnectedStore connected = ConnectedStore.external(GuestDatabases.settings(server, "bolt"))) {
            StorePreparation listed = connected.preparation();

            StorePreparation done = connected.prepare();

            assertThat(done.missing()).isEqualTo(listed.missing());
            assertThat(connected.preparation().isPrepared()).isTrue();
            assertThat(connected.preparation().notice()).isEmpty();
            assertThat(connected.store().search("Actor 12", 5)).first().satisfies(hit -> assertThat(hit.node().id()).isEqualTo("actor-12"));
        }
        assertThat(server.nodesWith("degree")).isEqualTo(DATA.nodes().size());
        assertThat(relationshipsWithALesserDegree()).isEqualTo(DATA.links().size());
        assertThat(server.schema()).extracting(row -> row.get("name")).contains("entity_id", "entity_names", "person_name",
                "rel_spoke_with_lesser_degree");
    }

    private long relationshipsWithALesserDegree() {
        return (Long) server.run("MATCH ()-[r]->() WHERE r.lesserDegree IS NOT NULL RETURN count(r) AS c").get(0).get("c");
    }
}
