package org.backchannel.store.neo4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.TransactionContext;

/**
 * The degree each node an import touches will have, worked out before its links are written, so that
 * every relationship is written once with its {@link LesserDegree} instead of written and then visited
 * again for it, and so that only the touched nodes are counted, not every node of the store.
 *
 * <p>A node's degree after the import is its count of relationships once the import's deletions are done
 * (read from the store for the nodes that were there before, none for the nodes it creates) plus the
 * relationships its link writes create there. {@link #settle} then counts the touched nodes again inside the
 * same transaction, so that a forecast that missed (a relationship the importer does not know of) is
 * corrected there and then rather than trusted.
 */
final class ImportDegrees {

    private final Map<String, Long> expected;
    private final Set<String> existing;

    private ImportDegrees(Map<String, Long> expected, Set<String> existing) {
        this.expected = expected;
        this.existing = existing;
    }

    /**
     * Call after the import's deletions and node writes, before its link writes.
     *
     * @param touched  ids of every node whose degree the import may change: the ends of the links it writes and
     *                 deletes, and the neighbours of the nodes it deletes (the deleted ones left out)
     * @param created  ids of the nodes the import has just created
     * @param newLinks for each relationship the link writes will create, its two ends
     */
    static ImportDegrees forecast(TransactionContext tx, Set<String> touched, Set<String> created, List<String[]> newLinks) {
        Map<String, Long> expected = new HashMap<>();
        Set<String> existing = new HashSet<>(touched);
        existing.removeAll(created);
        touched.forEach(id -> expected.put(id, 0L));
        if (!existing.isEmpty()) {
            tx.run("UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, COUNT { (n)--() } AS degree",
                    Map.of("ids", List.copyOf(existing))).forEachRemaining(r -> expected.put(r.get("id").asString(), r.get("degree").asLong()));
        }
        for (String[] ends : newLinks) {
            expected.merge(ends[0], 1L, Long::sum);
            if (!ends[1].equals(ends[0])) {
                expected.merge(ends[1], 1L, Long::sum);
            }
        }
        return new ImportDegrees(expected, existing);
    }

    /** What a link written between these two nodes stores as its lesser degree. */
    long lesser(String from, String to) {
        return Math.min(expected.getOrDefault(from, 0L), expected.getOrDefault(to, 0L));
    }

    /**
     * Once every link is written: counts each touched node, stores the count where it differs, and gives
     * the relationships of a node whose count changed their lesser degree again, for the nodes that were
     * there before (their relationships from other datasets were not written now) and for any node whose
     * count the forecast missed. A new node whose count came as forecast is not expanded: all its
     * relationships were written now, with it.
     */
    void settle(TransactionContext tx) {
        List<Map<String, Object>> rows = new ArrayList<>(expected.size());
        expected.forEach((id, degree) -> rows.add(Map.of("id", id, "expected", degree, "existing", existing.contains(id))));
        for (int from = 0; from < rows.size(); from += ElementWrites.BATCH) {
            tx.run("""
                    UNWIND $rows AS row
                    MATCH (n:Entity {id: row.id})
                    WITH n, row, COUNT { (n)--() } AS degree
                    WITH n, row, degree, n.degree IS NULL OR n.degree <> degree AS moved
                    FOREACH (x IN CASE WHEN moved THEN [1] ELSE [] END | SET n.degree = degree)
                    WITH n, row, degree, moved WHERE (moved AND row.existing) OR degree <> row.expected
                    WITH collect(n) AS changed
                    """ + LesserDegree.AROUND_CHANGED_NODES,
                    Map.of("rows", rows.subList(from, Math.min(rows.size(), from + ElementWrites.BATCH)))).consume();
        }
    }
}
