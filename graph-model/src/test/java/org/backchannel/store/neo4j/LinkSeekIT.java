package org.backchannel.store.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.YearRange;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.SharedEmbeddedStore;
import org.backchannel.store.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * The links the overview seeks on the lesser-degree indexes are exactly those the expansion finds,
 * over seeded random stores, filters and caps; and the importer and the backfill keep the lesser
 * degree right through imports, re-imports and removals.
 */
class LinkSeekIT {

    private static final List<GraphFilter> FILTERS = List.of(GraphFilter.ALL,
            new GraphFilter(Set.of(ChannelType.BACK_CHANNEL, ChannelType.INTELLIGENCE), null),
            new GraphFilter(Set.of(), new YearRange(1960, 1975)),
            new GraphFilter(Set.of(ChannelType.BACK_CHANNEL), new YearRange(1969, 1977)));

    private static final String MOVED_TO = "actor-1";

    private static Neo4jGraphStore store;
    private static Driver driver;

    @BeforeAll
    static void connect() {
        EmbeddedNeo4j neo4j = SharedEmbeddedStore.neo4j();
        store = SharedEmbeddedStore.store();
        driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.username(), neo4j.password()));
    }

    @BeforeEach
    void startEmpty() {
        SharedEmbeddedStore.empty();
    }

    @AfterAll
    static void leaveTheStoreEmptyForTheOtherTests() {
        SharedEmbeddedStore.empty();
        driver.close();
    }

    @Test
    void theSeekFindsExactlyTheLinksTheExpansionFinds() {
        for (long seed = 1; seed <= 4; seed++) {
            SharedEmbeddedStore.empty();
            Dataset data = RandomStores.dataset("Random " + seed, seed, 150 + 40 * (int) seed, 900);
            store.importDataset(data);
            for (GraphFilter filter : FILTERS) {
                for (int limit : List.of(10, 60, 1_000)) {
                    String context = "seed " + seed + ", " + filter + ", limit " + limit;
                    try (Session session = driver.session()) {
                        session.executeRead(tx -> {
                            List<Record> shown = tx.run(OverviewQuery.NODES, OverviewQuery.nodeParameters(filter, limit)).list();
                            shown = shown.subList(0, Math.min(limit, shown.size()));
                            List<String> keys = shown.stream().map(r -> r.get("key").asString()).toList();
                            Map<String, Object> all = OverviewQuery.linkParameters(filter, keys, limit);
                            all.put("limit", Long.MAX_VALUE);
                            all.put("degree", shown.get(shown.size() - 1).get("degree").asLong());
                            Set<String> expanded = ids(tx.run(OverviewQuery.LINKS, all).list());
                            List<String> sought = tx.run(LinkSeek.LINKS, all).list(r -> r.get("id").asString());

                            assertThat(new HashSet<>(sought)).as(context).isEqualTo(expanded).hasSameSizeAs(sought);

                            Map<String, Object> capped = new HashMap<>(all);
                            long cap = (long) OverviewQuery.LINKS_PER_NODE * limit;
                            capped.put("limit", cap);
                            List<String> first = tx.run(LinkSeek.LINKS, capped).list(r -> r.get("id").asString());
                            assertThat(first).as(context).hasSize((int) Math.min(cap, expanded.size()));
                            assertThat(expanded).as(context).containsAll(first);
                            return null;
                        });
                    }
                }
            }
        }
    }

    @Test
    void theOverviewGivesTheSameLinksWhicheverWayItReadsThem() {
        store.importDataset(RandomStores.dataset("Random overview", 11, 400, 2_500));
        for (GraphFilter filter : FILTERS) {
            int limit = 80;
            try (Session session = driver.session()) {
                Set<String> seekable = session.executeRead(tx -> linkIds(OverviewQuery.read(tx, filter, limit,
                        OverviewQuery.Indexes.DEGREES_AND_LESSER_DEGREES).links()));
                Set<String> expanded = session.executeRead(tx -> linkIds(OverviewQuery.read(tx, filter, limit,
                        OverviewQuery.Indexes.DEGREES).links()));

                if (expanded.size() < OverviewQuery.LINKS_PER_NODE * limit) {
                    assertThat(seekable).as(filter.toString()).isEqualTo(expanded);
                } else {
                    assertThat(seekable).as(filter.toString()).hasSameSizeAs(expanded);
                }
            }
        }
    }

    @Test
    void theImporterKeepsTheLesserDegreeRightThroughImportsReimportsAndRemovals() {
        Dataset first = RandomStores.dataset("First", 21, 21, 120, 500);
        Dataset second = RandomStores.dataset("Second", 21, 22, 120, 600);
        store.importDataset(first);
        assertLesserDegreesRight("after a first import");
        store.importDataset(second);
        assertLesserDegreesRight("after a second dataset over the same ids");
        // A corrected file: a third of the links gone, a third moved to another actor.
        List<GraphLink> corrected = first.links().stream().filter(l -> Math.floorMod(l.id().hashCode(), 3) != 0)
                .map(l -> Math.floorMod(l.id().hashCode(), 3) == 1 && !l.fromId().equals(MOVED_TO) && !l.toId().equals(MOVED_TO)
                        ? new GraphLink(l.id(), l.type(), MOVED_TO, l.toId(), l.channelId(), l.role(), l.description(), l.span(),
                        l.certainty(), l.citations()) : l)
                .toList();
        store.importDataset(first.withContent(first.sources(), first.nodes(), corrected));
        assertLesserDegreesRight("after a re-import that removes and moves links");
        store.importDataset(first.withContent(first.sources(), first.nodes(), corrected));
        assertLesserDegreesRight("after an unchanged re-import");
        store.removeDataset(second.id());
        assertLesserDegreesRight("after a removal");
        assertThat(store.preparation().linksWithoutLesserDegree()).isZero();
    }

    @Test
    void aDegreeTheImportDidNotForeseeIsCountedAgainAndTheLinksOfItsNodeGetTheirLesserDegree() {
        store.importDataset(RandomStores.dataset("Foreseen", 41, 60, 300));
        try (Session session = driver.session()) {
            session.executeWrite(tx -> {
                tx.run("CREATE (:Entity:Actor {id: 'new-a', kind: 'actor', name: 'New A'}), "
                        + "(:Entity:Actor {id: 'new-b', kind: 'actor', name: 'New B'})").consume();
                // Forecast as if no link were coming to the two new nodes, then give them one and an old node another.
                ImportDegrees degrees = ImportDegrees.forecast(tx, new HashSet<>(Set.of("new-a", "new-b", MOVED_TO)),
                        Set.of("new-a", "new-b"), List.of());
                tx.run("""
                        MATCH (a:Entity {id: 'new-a'}), (b:Entity {id: 'new-b'}), (c:Entity {id: $c})
                        CREATE (a)-[:SPOKE_WITH {id: 'unforeseen-1', lesserDegree: $lesser}]->(b),
                               (c)-[:SPOKE_WITH {id: 'unforeseen-2', lesserDegree: $lesser}]->(a)""",
                        Map.of("c", MOVED_TO, "lesser", degrees.lesser("new-a", "new-b"))).consume();
                degrees.settle(tx);
                return null;
            });
        }
        assertLesserDegreesRight("after links the forecast did not know of");
    }

    @Test
    void theBackfillGivesEveryRelationshipItsLesserDegreeOnceAndASecondRunChangesNothing() {
        store.importDataset(RandomStores.dataset("Backfilled", 31, 200, 800));
        long links;
        try (Session session = driver.session()) {
            links = session.run("MATCH ()-[r]->() REMOVE r.lesserDegree RETURN count(r) AS n").single().get("n").asLong();
        }
        assertThat(store.preparation().linksWithoutLesserDegree()).isEqualTo(links);

        assertThat(store.prepare().linksWithoutLesserDegree()).isEqualTo(links);
        assertLesserDegreesRight("after the backfill");
        Map<String, Long> once = lesserDegrees();

        assertThat(store.prepare().linksWithoutLesserDegree()).isZero();
        assertThat(lesserDegrees()).isEqualTo(once);
        assertThat(store.preparation().isPrepared()).isTrue();
    }

    /** Every relationship of ours holds the smaller of its ends' degrees, and every degree is the node's count of relationships. */
    private static void assertLesserDegreesRight(String when) {
        try (Session session = driver.session()) {
            Record check = session.run("""
                    MATCH (n:Entity) WITH count(CASE WHEN n.degree <> COUNT { (n)--() } THEN 1 END) AS wrongDegrees
                    MATCH (a:Entity)-[r]->(b:Entity)
                    RETURN wrongDegrees, count(r) AS links,
                           count(CASE WHEN r.lesserDegree IS NULL OR r.lesserDegree <> CASE WHEN a.degree < b.degree
                                 THEN a.degree ELSE b.degree END THEN 1 END) AS wrong""").single();
            assertThat(check.get("links").asLong()).as(when).isPositive();
            assertThat(check.get("wrongDegrees").asLong()).as(when).isZero();
            assertThat(check.get("wrong").asLong()).as(when).isZero();
        }
    }

    private static Map<String, Long> lesserDegrees() {
        try (Session session = driver.session()) {
            Map<String, Long> values = new HashMap<>();
            session.run("MATCH ()-[r]->() RETURN r.id AS id, r.lesserDegree AS lesser")
                    .forEachRemaining(r -> values.put(r.get("id").asString(), r.get("lesser").asLong()));
            return values;
        }
    }

    private static Set<String> ids(List<Record> rows) {
        Set<String> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.get("id").asString()));
        return ids;
    }

    private static Set<String> linkIds(List<GraphLink> links) {
        Set<String> ids = new HashSet<>();
        links.forEach(l -> ids.add(l.id()));
        return ids;
    }
}
