package org.backchannel.store.neo4j;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.store.ImportResult;
import org.neo4j.driver.TransactionContext;

/**
 * Carries out the plans of one import: deletes what no dataset supports any more, writes the elements
 * whose contributions changed, and keeps each node's stored {@code degree} and each relationship's
 * {@link LesserDegree} right for the overview's indexes.
 */
final class ElementWrites {

    private static final String OTHER_KIND_LABELS = "Actor:Organization:Channel:Event:Outcome";
    static final int BATCH = 20_000;

    private ElementWrites() {
    }

    static ImportResult apply(TransactionContext tx, String datasetId, ContributionPlan sources, ContributionPlan nodes,
                              ContributionPlan links) {
        List<Map<String, Object>> goneLinks = new ArrayList<>();
        links.deletions.forEach(s -> goneLinks.add(ends(s.id(), s.contributions().get(0))));
        // A revision may move a link to other ends: the relationship at the old ends goes.
        links.writes.stream().filter(ElementWrites::moves).forEach(w -> goneLinks.add(ends(w.id(), w.previous().get())));
        Set<String> touched = new HashSet<>();
        goneLinks.forEach(row -> touched.addAll(List.of((String) row.get("from"), (String) row.get("to"))));
        links.writes.forEach(w -> touched.addAll(List.of(end(w, "from"), end(w, "to"))));
        List<String> goneNodes = nodes.deletions.stream().map(StoredElement::id).toList();
        if (!goneNodes.isEmpty()) {
            tx.run("MATCH (n:Entity)--(m:Entity) WHERE n.id IN $ids RETURN DISTINCT m.id AS id", Map.of("ids", goneNodes))
                    .forEachRemaining(r -> touched.add(r.get("id").asString()));
            goneNodes.forEach(touched::remove);
        }
        long removedLinks = count(tx, """
                UNWIND $rows AS row MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to})
                WHERE type(r) = row.type AND r.id = row.id DELETE r RETURN count(r) AS n""", goneLinks);
        long removedNodes = count(tx, "MATCH (n:Entity) WHERE n.id IN $rows DETACH DELETE n RETURN count(*) AS n", goneNodes);
        count(tx, "MATCH (s:Source) WHERE s.id IN $rows DETACH DELETE s RETURN count(*) AS n",
                sources.deletions.stream().map(StoredElement::id).toList());

        tx.run("UNWIND $rows AS row MERGE (x:Source {id: row.id}) SET x = row",
                Map.of("rows", sources.writes.stream().map(ContributionPlan.Write::properties).toList())).consume();
        DatasetWriter.byEnum(NodeKind.class, nodes.writes, DatasetWriter::kindOf).forEach((kind, writes) -> {
            // What the store has no trace of is created, which is much cheaper than merging it. With no relationship yet:
            // a node no link of the import reaches keeps that degree, and the overview, which reads nodes by their
            // stored degree, shows it; ImportDegrees counts the others.
            inBatches(writes.stream().filter(ContributionPlan.Write::isNew).map(ContributionPlan.Write::properties).toList(),
                    rows -> tx.run("UNWIND $rows AS row CREATE (n:Entity:" + kind.label() + " "
                            + PropertyPattern.of(rows, "row", Map.of("degree", "0")) + ")", Map.of("rows", rows)).consume());
            inBatches(writes.stream().filter(w -> !w.isNew()).map(ContributionPlan.Write::properties).toList(),
                    // The stored degree is kept (ImportDegrees stores the new one where it differs), or counted where none is.
                    rows -> tx.run("UNWIND $rows AS row MERGE (n:Entity {id: row.id}) WITH n, row, coalesce(n.degree, COUNT { (n)--() })"
                            + " AS degree REMOVE n:" + OTHER_KIND_LABELS + " SET n = row, n:" + kind.label() + ", n.degree = degree",
                            Map.of("rows", rows)).consume());
        });
        Set<String> createdNodes = new HashSet<>();
        nodes.writes.stream().filter(ContributionPlan.Write::isNew).forEach(w -> createdNodes.add(w.id()));
        // A link written in place keeps its relationship; every other link write creates one.
        List<String[]> newLinks = links.writes.stream().filter(w -> w.previous().isEmpty() || moves(w))
                .map(w -> new String[] {end(w, "from"), end(w, "to")}).toList();
        ImportDegrees degrees = ImportDegrees.forecast(tx, touched, createdNodes, newLinks);
        DatasetWriter.byEnum(LinkType.class, links.writes, DatasetWriter::typeOf).forEach((type, writes) -> writeLinks(tx, type, writes, degrees));
        degrees.settle(tx);
        long changed = sources.changes() + nodes.changes() + links.changes();
        return new ImportResult(datasetId, 0, 0, 0, changed, removedNodes, removedLinks);
    }

    private static void writeLinks(TransactionContext tx, LinkType type, List<ContributionPlan.Write> writes, ImportDegrees degrees) {
        for (boolean isNew : new boolean[] {true, false}) {
            List<Map<String, Object>> rows = writes.stream().filter(w -> w.isNew() == isNew).map(w -> Map.<String, Object>of(
                    "from", end(w, "from"), "to", end(w, "to"), "props", w.properties(),
                    "lesser", degrees.lesser(end(w, "from"), end(w, "to")))).toList();
            inBatches(rows, batch -> {
                long written = tx.run(linkStatement(type, isNew, batch), Map.of("rows", batch)).single().get("written").asLong();
                // MATCH silently skips rows whose endpoints are missing; a short count must fail the transaction.
                if (written != batch.size()) {
                    throw new IllegalStateException("only " + written + " of " + batch.size() + " " + type.code()
                            + " links found both ends");
                }
            });
        }
    }

    /**
     * The statement that writes a batch of links of one type, each row with its ends ({@code from}, {@code to}), its
     * properties ({@code props}) and its {@code lesser} degree, and returns how many it wrote. A new link is created
     * with its properties in its pattern (no {@code Eager}, see {@link PropertyPattern}); one rewritten in place has
     * its properties replaced, keys it no longer has included.
     */
    static String linkStatement(LinkType type, boolean isNew, List<Map<String, Object>> batch) {
        // The lesser degree with the rest: the relationship is written once, with it.
        String write = isNew
                ? "CREATE (a)-[r:" + type.relationshipType() + " " + PropertyPattern.of(batch.stream().map(ElementWrites::props).toList(),
                        "row.props", Map.of(LesserDegree.PROPERTY, "row.lesser")) + "]->(b) "
                : "MERGE (a)-[r:" + type.relationshipType() + " {id: row.props.id}]->(b) SET r = row.props, r."
                        + LesserDegree.PROPERTY + " = row.lesser ";
        return "UNWIND $rows AS row MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to}) " + write + "RETURN count(r) AS written";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Map<String, Object> row) {
        return (Map<String, Object>) row.get("props");
    }

    /** Statements of at most {@value #BATCH} rows, all in the one transaction, so that no statement holds them all. */
    private static <T> void inBatches(List<T> rows, java.util.function.Consumer<List<T>> write) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            write.accept(rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private static Map<String, Object> ends(String id, Contribution c) {
        return Map.of("id", id, "type", c.facts().get("type"), "from", c.facts().get("from"), "to", c.facts().get("to"));
    }

    /** Whether a link write takes the link away from the relationship it had: another type or other ends. */
    private static boolean moves(ContributionPlan.Write w) {
        return w.previous().isPresent()
                && !ElementMerge.LINK_ENDS.stream().allMatch(k -> w.previous().get().facts().get(k).equals(w.winner().facts().get(k)));
    }

    private static String end(ContributionPlan.Write w, String which) {
        return (String) w.winner().facts().get(which);
    }

    private static long count(TransactionContext tx, String cypher, List<?> rows) {
        return rows.isEmpty() ? 0 : tx.run(cypher, Map.of("rows", rows)).single().get("n").asLong();
    }
}
