package org.backchannel.store.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backchannel.model.Citation;
import org.backchannel.model.Dataset;
import org.backchannel.store.ImportRefusedException;
import org.backchannel.store.SharedEmbeddedStore;
import org.backchannel.store.TestDatasets;
import org.backchannel.store.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * A store whose contributions were written whole (decision 0009) opens, refuses, removes and re-imports
 * as one written in the compact form of decision 0026, and holds the same content by its digest.
 */
class EarlierContributionFormIT {

    private final Neo4jGraphStore store = SharedEmbeddedStore.store();
    private final Dataset first = many("first.json");
    private final Dataset second = many("second.json");

    @Test
    void aStoreOfWholeContributionsRefusesRemovesAndReimportsAsBefore() {
        TestDatasets.importAlone(store, first);
        String firstAlone = store.contentDigest();
        store.importDataset(second);
        String both = store.contentDigest();

        assertThat(toEarlierForm()).as("elements rewritten whole").isGreaterThan(first.nodes().size());
        assertThat(store.contentDigest()).as("the stored form is not the content").isEqualTo(both);

        ImportRefusedException refused = catchThrowableOfType(ImportRefusedException.class,
                () -> store.importDataset(many("conflicting.json")));
        assertThat(refused.problems()).singleElement().asString().contains("conflicting.json:", "first.json:", "\"Alicia\"");
        assertThat(store.contentDigest()).isEqualTo(both);

        store.removeDataset("second");
        assertThat(store.contentDigest()).isEqualTo(firstAlone);
        store.importDataset(second);
        assertThat(store.contentDigest()).isEqualTo(both);
        assertThat(store.nodeDetails("boris").orElseThrow().citations()).extracting(Citation::datasetId)
                .containsOnly("first", "second");
    }

    /** Rewrites every element as the earlier version wrote it: each contribution whole, no diffs. */
    private static int toEarlierForm() {
        EmbeddedNeo4j neo4j = SharedEmbeddedStore.neo4j();
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.username(), neo4j.password()));
             Session session = driver.session()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            session.run("""
                    MATCH (x) WHERE x.contributionDiffs IS NOT NULL
                    RETURN elementId(x) AS eid, x.datasets AS datasets, properties(x) AS props, null AS type, null AS from, null AS to
                    UNION ALL
                    MATCH (a)-[x]->(b) WHERE x.contributionDiffs IS NOT NULL
                    RETURN elementId(x) AS eid, x.datasets AS datasets, properties(x) AS props, type(x) AS type, a.id AS from, b.id AS to
                    """).forEachRemaining(r -> rows.add(Map.of("eid", r.get("eid").asString(),
                    "whole", ContributionDiff.wholeTexts(r.get("datasets").asList(Value::asString), r.get("props").asMap(),
                            r.get("type").asString(null), r.get("from").asString(null), r.get("to").asString(null)))));
            session.run("""
                    UNWIND $rows AS row MATCH (x) WHERE elementId(x) = row.eid
                    SET x.contributions = row.whole REMOVE x.contributionDiffs""", Map.of("rows", rows)).consume();
            session.run("""
                    UNWIND $rows AS row MATCH ()-[x]->() WHERE elementId(x) = row.eid
                    SET x.contributions = row.whole REMOVE x.contributionDiffs""", Map.of("rows", rows)).consume();
            return rows.size();
        }
    }

    private static Dataset many(String file) {
        return TestDatasets.read(TestDatasets.resource("datasets/many/" + file));
    }
}
