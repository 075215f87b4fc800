package org.backchannel.store.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.model.ChannelType;
import org.backchannel.model.LinkType;
import org.backchannel.model.YearRange;
import org.backchannel.store.GraphFilter;
import org.backchannel.store.SharedEmbeddedStore;
import org.backchannel.store.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;
import org.neo4j.driver.summary.Plan;

/**
 * The browsing queries run on indexes, whatever the store's size: with enough nodes that the
 * planner weighs its options as it would on a large store, each query's plan is read back with
 * {@code EXPLAIN} and must start from an index seek or the count store, never a scan of every
 * {@code Entity} or of every node; and the overview must take its order from the degree index
 * instead of sorting, so that it stops at the limit.
 */
class QueryPlanIT {

    private static final int NODES = 30_000;
    private static final int LINKS = 60_000;
    private static final Set<String> SCANS = Set.of("NodeByLabelScan", "AllNodesScan", "UnionNodeByLabelsScan",
            "IntersectionNodeByLabelsScan", "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan",
            "DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan");
    private static final Set<String> SORTS = Set.of("Sort", "Top", "PartialSort", "PartialTop");

    private static Driver driver;

    @BeforeAll
    static void loadAGraphLargeEnoughForThePlannerToCare() {
        EmbeddedNeo4j neo4j = SharedEmbeddedStore.neo4j();
        SharedEmbeddedStore.store();
        driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.username(), neo4j.password()));
        try (Session session = driver.session()) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
            // Seeded by construction: endpoints and years are arithmetic on the row number.
            session.run("""
                    UNWIND range(0, $nodes - 1) AS i
                    CALL (i) {
                      CREATE (n:Entity:Actor {id: 'actor-' + i, kind: 'actor', name: 'Actor ' + i,
                              startYear: 1950 + i % 70, endYear: 1955 + i % 70})
                    } IN TRANSACTIONS OF 10000 ROWS""", Map.of("nodes", NODES)).consume();
            session.run("""
                    UNWIND range(0, 99) AS i
                    CREATE (:Entity:Channel {id: 'channel-' + i, kind: 'channel', name: 'Channel ' + i,
                            channelType: $types[i % size($types)]})""",
                    Map.of("types", codes())).consume();
            session.run("""
                    UNWIND range(0, $links - 1) AS i
                    CALL (i) {
                      MATCH (a:Entity {id: 'actor-' + (i * 7919 % $nodes) / (1 + i % 7)}),
                            (b:Entity {id: 'actor-' + (i * 104729 + 13) % $nodes})
                      CREATE (a)-[:SPOKE_WITH {id: 'link-' + i, startYear: 1950 + i % 70, endYear: 1950 + i % 70,
                              channelType: 'back-channel'}]->(b)
                    } IN TRANSACTIONS OF 10000 ROWS""", Map.of("nodes", NODES, "links", LINKS)).consume();
            session.run(StoreSchema.BACKFILL_DEGREE).consume();
            session.run("CALL db.resampleOutdatedIndexes()").consume();
            session.run("CALL db.awaitIndexes(60)").consume();
            session.run("CALL db.clearQueryCaches()").consume();
        }
    }

    @AfterAll
    static void leaveTheStoreEmptyForTheOtherTests() {
        try (Session session = driver.session()) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
        driver.close();
    }

    @Test
    void theOverviewWalksTheDegreeIndexInOrderWhateverTheFilter() {
        for (GraphFilter filter : List.of(GraphFilter.ALL,
                new GraphFilter(Set.of(ChannelType.BACK_CHANNEL), null),
                new GraphFilter(Set.of(ChannelType.INTELLIGENCE), new YearRange(1962, 1962)))) {
            Plan plan = explain(OverviewQuery.NODES, OverviewQuery.nodeParameters(filter, 10_000));

            assertThat(operators(plan)).as(describe(plan))
                    .contains("NodeIndexSeekByRange")
                    .doesNotContainAnyElementsOf(SCANS)
                    .doesNotContainAnyElementsOf(SORTS);
            assertThat(describe(plan)).contains("n:Entity(degree)", "order n.degree DESC");
        }
    }

    @Test
    void everyIndexAndConstraintTheSchemaNamesExistsSoTheNextStartCreatesNothing() {
        try (Session session = driver.session()) {
            List<String> existing = session.run(StoreSchema.EXISTING).list(r -> r.get("name").asString());

            assertThat(existing).containsAll(StoreSchema.items().stream().map(StoreSchema.Item::name).toList());
        }
    }

    @Test
    void theNodeCountComesFromTheCountStore() {
        Plan plan = explain(BrowseQueries.ENTITY_COUNT, Map.of());

        assertThat(operators(plan)).as(describe(plan)).contains("NodeCountFromCountStore").doesNotContainAnyElementsOf(SCANS);
    }

    @Test
    void theStoreSummaryComesFromTheCountStore() {
        for (String counts : List.of(StoreCounts.NODE_COUNTS, StoreCounts.LINK_COUNTS)) {
            Plan plan = explain(counts, Map.of());

            assertThat(operators(plan)).as(describe(plan))
                    .containsAnyOf("NodeCountFromCountStore", "RelationshipCountFromCountStore")
                    .doesNotContainAnyElementsOf(SCANS)
                    .doesNotContain("Expand(All)", "Filter");
        }
    }

    @Test
    void linksAmongTenThousandNodesSeekEachNodeAndNeverPairThemUp() {
        List<String> keys = new ArrayList<>();
        try (Session session = driver.session()) {
            session.run("MATCH (n:Entity) RETURN elementId(n) AS id LIMIT 10000").forEachRemaining(r -> keys.add(r.get("id").asString()));
        }
        Plan plan = explain(OverviewQuery.LINKS, OverviewQuery.linkParameters(GraphFilter.ALL, keys, 10_000));

        assertThat(operators(plan)).as(describe(plan))
                .contains("NodeByElementIdSeek")
                .doesNotContain("CartesianProduct", "ValueHashJoin", "NodeHashJoin")
                .doesNotContainAnyElementsOf(SCANS)
                .doesNotContainAnyElementsOf(SORTS);
    }

    @Test
    void linksAmongTheBestConnectedAreSoughtOnEachTypesLesserDegreeIndex() {
        List<String> keys = new ArrayList<>();
        try (Session session = driver.session()) {
            session.run("MATCH (n:Entity) RETURN elementId(n) AS id LIMIT 10000").forEachRemaining(r -> keys.add(r.get("id").asString()));
        }
        Map<String, Object> params = OverviewQuery.linkParameters(new GraphFilter(Set.of(ChannelType.BACK_CHANNEL), null), keys, 10_000);
        params.put("degree", 3L);
        Plan plan = explain(LinkSeek.LINKS, params);

        // Each type is read from its lesserDegree index: a range seek, or, where the planner's statistics say the
        // type is small (in this class's store it depends on what earlier tests wrote), a scan of that same index.
        assertThat(operators(plan)).as(describe(plan))
                .filteredOn(operator -> operator.equals("DirectedRelationshipIndexSeekByRange")
                        || operator.equals("DirectedRelationshipIndexScan"))
                .hasSize(LinkType.values().length);
        assertThat(operators(plan)).as(describe(plan))
                .doesNotContain("Expand(All)", "CartesianProduct", "ValueHashJoin", "NodeHashJoin")
                .doesNotContainAnyElementsOf(SCANS);
        // The sort takes each link's lesser degree from the index entry it was found by, not from its properties.
        assertThat(indexReads(plan)).as(describe(plan)).hasSize(LinkType.values().length)
                .allSatisfy(details -> assertThat(details).contains("cache[r." + LesserDegree.PROPERTY + "]"));
    }

    /** The details of each read of a relationship index in the plan. */
    private static List<String> indexReads(Plan plan) {
        List<String> reads = new ArrayList<>();
        if (plan.operatorType().startsWith("DirectedRelationshipIndex")) {
            reads.add(String.valueOf(plan.arguments().getOrDefault("Details", Values.NULL).asObject()));
        }
        plan.children().forEach(child -> reads.addAll(indexReads(child)));
        return reads;
    }

    @Test
    void neighboursSeekTheNodeByIdAndCountItsLinksFromItsDegree() {
        Plan plan = explain(BrowseQueries.NEIGHBOURS, Map.of("id", "actor-1", "limit", 200L));

        assertThat(operators(plan)).as(describe(plan))
                .contains("NodeUniqueIndexSeek")
                .doesNotContainAnyElementsOf(SCANS)
                .doesNotContainAnyElementsOf(SORTS);
    }

    @Test
    void detailsOfANodeSeekItByIdOrByElementId() {
        Plan own = explain(BrowseQueries.NODE_DETAILS, Map.of("id", "actor-1"));
        Plan foreign = explain(BrowseQueries.FOREIGN_NODE_DETAILS, Map.of("id", "4:00000000-0000-0000-0000-000000000000:1"));

        assertThat(operators(own)).as(describe(own)).contains("NodeUniqueIndexSeek").doesNotContainAnyElementsOf(SCANS);
        assertThat(operators(foreign)).as(describe(foreign)).contains("NodeByElementIdSeek").doesNotContainAnyElementsOf(SCANS);
    }

    @Test
    void detailsOfALinkSeekItsTypesIdIndex() {
        for (LinkType type : LinkType.values()) {
            Plan plan = explain(BrowseQueries.linkDetails(type), Map.of("id", "link-1"));

            assertThat(operators(plan)).as(describe(plan))
                    .containsAnyOf("DirectedRelationshipIndexSeek", "UndirectedRelationshipIndexSeek")
                    .doesNotContainAnyElementsOf(SCANS);
        }
    }

    @Test
    void searchAsksTheFullTextIndexForNoMoreThanTheLimit() {
        Plan plan = explain(BrowseQueries.SEARCH, Map.of("index", StoreSchema.NAME_INDEX, "query", "actor*", "limit", 20L));

        assertThat(operators(plan)).as(describe(plan)).contains("ProcedureCall").doesNotContainAnyElementsOf(SCANS);
    }

    @Test
    void pathsRunFromTwoSeekedEndpoints() {
        for (boolean all : List.of(false, true)) {
            Map<String, Object> params = BrowseQueries.filterParameters(new GraphFilter(Set.of(), new YearRange(1970, 1979)));
            params.putAll(Map.of("from", "actor-1", "to", "actor-2", "limit", 10L));
            Plan plan = explain(BrowseQueries.paths(all, 6), params);

            assertThat(operators(plan)).as(describe(plan))
                    .contains("NodeUniqueIndexSeek")
                    .containsAnyOf("ShortestPath", "StatefulShortestPath(Into)", "StatefulShortestPath(All)")
                    .doesNotContainAnyElementsOf(SCANS);
        }
    }

    @Test
    void theImportCreatesEachLinkWithItsPropertiesAndHoldsNoBatchInAnEager() {
        List<Map<String, Object>> batch = List.of(
                Map.of("from", "actor-1", "to", "actor-2", "lesser", 1L, "props", Map.of("id", "link-a", "certainty", "attested")),
                Map.of("from", "actor-2", "to", "actor-3", "lesser", 1L, "props", Map.of("id", "link-b", "role", "envoy")));
        Plan plan = explain(ElementWrites.linkStatement(LinkType.SPOKE_WITH, true, batch), Map.of("rows", batch));

        assertThat(operators(plan)).as(describe(plan)).contains("NodeUniqueIndexSeek(Locking)", "Create").doesNotContain("Eager");
    }

    private static List<String> codes() {
        return Arrays.stream(ChannelType.values()).map(ChannelType::code).toList();
    }

    private static Plan explain(String statement, Map<String, Object> params) {
        try (Session session = driver.session()) {
            return session.run("EXPLAIN " + statement, new HashMap<>(params)).consume().plan();
        }
    }

    /** Operator names without the runtime suffix ("NodeIndexSeek@neo4j"). */
    private static List<String> operators(Plan plan) {
        List<String> names = new ArrayList<>();
        names.add(plan.operatorType().replaceFirst("@.*", ""));
        plan.children().forEach(child -> names.addAll(operators(child)));
        return names;
    }

    private static String describe(Plan plan) {
        StringBuilder out = new StringBuilder();
        describe(plan, 0, out);
        return out.toString();
    }

    private static void describe(Plan plan, int depth, StringBuilder out) {
        out.append("\n").append("  ".repeat(depth)).append(plan.operatorType()).append(' ')
                .append(plan.arguments().getOrDefault("Details", Values.NULL).asObject());
        if (plan.arguments().containsKey("Order")) {
            out.append(" order ").append(plan.arguments().get("Order").asString());
        }
        plan.children().forEach(child -> describe(child, depth + 1, out));
    }
}
