package org.backchannel.store.neo4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * Gives content imported before datasets were kept apart to one dataset, {@value #LEGACY_ID}, so that
 * it keeps its place beside what is imported next instead of being replaced. Runs only inside an
 * import or removal the user asked for, never while browsing, and commits with it or not at all.
 */
final class LegacyMigration {

    static final String LEGACY_ID = "earlier-import";
    static final String LEGACY_TITLE = "Imported before datasets were kept apart";

    private LegacyMigration() {
    }

    /** Whether the store holds Backchannel content that no dataset claims yet. */
    static boolean needed(TransactionContext tx) {
        return tx.run("""
                RETURN EXISTS { MATCH (n:Entity) WHERE n.datasets IS NULL }
                    OR EXISTS { MATCH (s:Source) WHERE s.datasets IS NULL } AS needed""").single().get("needed").asBoolean();
    }

    static void migrate(TransactionContext tx) {
        if (!needed(tx)) {
            return;
        }
        List<Map<String, Object>> sources = rows(tx.run("MATCH (s:Source) WHERE s.datasets IS NULL "
                + "RETURN elementId(s) AS eid, properties(s) AS props, null AS type, null AS from, null AS to").list());
        List<Map<String, Object>> nodes = rows(tx.run("MATCH (n:Entity) WHERE n.datasets IS NULL "
                + "RETURN elementId(n) AS eid, properties(n) AS props, null AS type, null AS from, null AS to").list());
        List<Map<String, Object>> links = rows(tx.run("""
                MATCH (a:Entity)-[r]->(b:Entity) WHERE r.datasets IS NULL AND r.id IS NOT NULL
                RETURN elementId(r) AS eid, properties(r) AS props, type(r) AS type, a.id AS from, b.id AS to""").list());
        tx.run("UNWIND $rows AS row MATCH (x) WHERE elementId(x) = row.eid SET x += row.set",
                Map.of("rows", concat(sources, nodes))).consume();
        tx.run("UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.eid SET r += row.set",
                Map.of("rows", links)).consume();
        tx.run("""
                MERGE (d:Dataset {id: $id})
                SET d.title = $title, d.format = '', d.file = '', d.digest = '', d.importedAt = '', d.revises = [],
                    d.sources = $sources, d.nodes = $nodes, d.links = $links""",
                Map.of("id", LEGACY_ID, "title", LEGACY_TITLE,
                        "sources", sources.size(), "nodes", nodes.size(), "links", links.size())).consume();
    }

    private static List<Map<String, Object>> rows(List<Record> records) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Record r : records) {
            Map<String, Object> facts = new HashMap<>(r.get("props").asMap());
            // Derived for the overview's indexes, not facts of the dataset.
            facts.remove("degree");
            facts.remove(LesserDegree.PROPERTY);
            if (!r.get("type").isNull()) {
                facts.put("type", r.get("type").asString());
                facts.put("from", r.get("from").asString());
                facts.put("to", r.get("to").asString());
            }
            Map<String, Object> set = new HashMap<>();
            set.put("datasets", List.of(LEGACY_ID));
            Map<String, Object> base = ContributionDiff.base(r.get("props").asMap(), (String) facts.get("type"),
                    (String) facts.get("from"), (String) facts.get("to"));
            set.put(ContributionDiff.PROPERTY, List.of(ContributionDiff.encode(Contribution.of(LEGACY_ID, facts, ""), base)));
            if (facts.get("citationSources") instanceof List<?> cited) {
                set.put("citationDatasets", Collections.nCopies(cited.size(), LEGACY_ID));
            }
            rows.add(Map.of("eid", r.get("eid").asString(), "set", set));
        }
        return rows;
    }

    private static List<Map<String, Object>> concat(List<Map<String, Object>> a, List<Map<String, Object>> b) {
        List<Map<String, Object>> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
