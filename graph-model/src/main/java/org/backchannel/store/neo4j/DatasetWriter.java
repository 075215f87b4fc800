package org.backchannel.store.neo4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backchannel.model.Dataset;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.store.ImportRefusedException;
import org.backchannel.store.ImportResult;
import org.neo4j.driver.TransactionContext;

/**
 * Writes one dataset's contribution inside one write transaction, so that it commits whole or not
 * at all. Every element keeps the contribution of each dataset that supports it; importing a dataset
 * replaces only its own, removing it subtracts only its own, and an element no dataset supports any
 * more is deleted. A fact that contradicts another dataset refuses the whole import. Unchanged
 * contributions are not written, so importing the same file again writes nothing. Labels and
 * relationship types come only from {@link NodeKind} and {@link LinkType}; every value is a parameter.
 */
final class DatasetWriter {

    private static final String NO_ENDS = "null AS type, null AS from, null AS to";
    private static final String LINK_ENDS = "type(x) AS type, startNode(x).id AS from, endNode(x).id AS to";

    private DatasetWriter() {
    }

    static ImportResult write(TransactionContext tx, Dataset dataset) {
        LegacyMigration.migrate(tx);
        Map<String, List<String>> revises = new HashMap<>(DatasetCatalog.revises(tx));
        boolean reordered = revises.containsKey(dataset.id()) && !revises.get(dataset.id()).equals(dataset.revises());
        IncomingContributions incoming = IncomingContributions.of(dataset);
        Optional<String> held = reordered ? Optional.empty() : DatasetCatalog.heldDigest(tx, dataset, revises.keySet());
        CompletableFuture<String> digest;
        if (held.isPresent()) {
            String mine = incoming.digest();
            // The store already holds exactly these contributions: nothing to read element by element, nothing to write.
            if (mine.equals(held.get())) {
                return new ImportResult(dataset.id(), dataset.nodes().size(), dataset.links().size(), dataset.sources().size(), 0, 0, 0);
            }
            digest = CompletableFuture.completedFuture(mine);
        } else {
            // Needed only to be recorded at the end: worked out (with every contribution's canonical text) on a second
            // core while this thread plans and the DBMS writes, which leave it mostly idle.
            digest = CompletableFuture.supplyAsync(incoming::digest, DatasetWriter::onOwnThread);
        }
        revises.put(dataset.id(), dataset.revises());
        Plans plans = plan(tx, dataset.id(), incoming, new MergeOrder(revises), reordered);
        plans.refuseConflicts(dataset.id());
        ImportResult result = ElementWrites.apply(tx, dataset.id(), plans.sources, plans.nodes, plans.links);
        DatasetCatalog.record(tx, dataset, digest.join(), result.changed() > 0);
        return new ImportResult(dataset.id(), dataset.nodes().size(), dataset.links().size(), dataset.sources().size(),
                result.changed(), result.removedNodes(), result.removedLinks());
    }

    /** Takes out what only this dataset supports and its citations from what others support too. */
    static ImportResult remove(TransactionContext tx, String datasetId) {
        LegacyMigration.migrate(tx);
        Map<String, List<String>> revises = DatasetCatalog.revises(tx);
        if (!revises.containsKey(datasetId)) {
            throw new ImportRefusedException("Nothing was removed.", List.of("the store holds no dataset \"" + datasetId
                    + "\"; it holds: " + revises.keySet().stream().sorted().collect(Collectors.joining(", "))
                    + " — see the datasets command"));
        }
        Plans plans = plan(tx, datasetId, IncomingContributions.none(), new MergeOrder(revises), false);
        ImportResult result = ElementWrites.apply(tx, datasetId, plans.sources, plans.nodes, plans.links);
        DatasetCatalog.delete(tx, datasetId);
        return result;
    }

    private record Plans(ContributionPlan sources, ContributionPlan nodes, ContributionPlan links) {

        void refuseConflicts(String datasetId) {
            List<String> conflicts = new ArrayList<>(sources.conflicts);
            conflicts.addAll(nodes.conflicts);
            conflicts.addAll(links.conflicts);
            if (!conflicts.isEmpty()) {
                throw new ImportRefusedException("Dataset " + datasetId + " was not imported; the store is unchanged. "
                        + conflicts.size() + " fact(s) contradict another dataset:", conflicts);
            }
        }
    }

    private static Plans plan(TransactionContext tx, String datasetId, IncomingContributions incoming, MergeOrder order,
                              boolean rewrite) {
        // A link id may be stored under another type (a conflict to find), so every type is sought, but only
        // the types the store holds any of: the counts come from the count store, the seeks cost one per id.
        List<String> seekLinks = Arrays.stream(LinkType.values()).filter(t -> held(tx, t))
                .map(t -> "UNWIND $ids AS id MATCH (:Entity)-[x:" + t.relationshipType() + " {id: id}]->(:Entity)").toList();
        return new Plans(
                ContributionPlan.of("source", datasetId, incoming.sources(), stored(tx, datasetId, incoming.sources(),
                        "MATCH (x:Source)", List.of("UNWIND $ids AS id MATCH (x:Source {id: id})"), NO_ENDS), order, rewrite),
                ContributionPlan.of("node", datasetId, incoming.nodes(), stored(tx, datasetId, incoming.nodes(),
                        "MATCH (x:Entity)", List.of("UNWIND $ids AS id MATCH (x:Entity {id: id})"), NO_ENDS), order, rewrite),
                ContributionPlan.of("link", datasetId, incoming.links(), stored(tx, datasetId, incoming.links(),
                        "MATCH (:Entity)-[x]->(:Entity)", seekLinks, LINK_ENDS), order, rewrite));
    }

    /**
     * The stored elements this dataset supports (one scan) and those with the ids it names (index seeks,
     * one per statement in {@code seeks}): a list of ids as large as the dataset is never tested element by element.
     */
    private static Map<String, StoredElement> stored(TransactionContext tx, String datasetId, Map<String, Contribution> incoming,
                                                     String scan, List<String> seeks, String ends) {
        // The whole element is read: a contribution is stored as its difference from it (decision 0026).
        String returned = " RETURN x.id AS id, x.datasets AS datasets, properties(x) AS props, " + ends;
        Map<String, StoredElement> found = new HashMap<>();
        tx.run(scan + " WHERE $d IN x.datasets" + returned, Map.of("d", datasetId))
                .forEachRemaining(r -> found.putIfAbsent(r.get("id").asString(), StoredElement.of(r)));
        List<String> unseen = incoming.keySet().stream().filter(id -> !found.containsKey(id)).toList();
        if (!unseen.isEmpty()) {
            for (String seek : seeks) {
                tx.run(seek + " WITH x WHERE x.datasets IS NOT NULL" + returned, Map.of("ids", unseen))
                        .forEachRemaining(r -> found.putIfAbsent(r.get("id").asString(), StoredElement.of(r)));
            }
        }
        return found;
    }

    private static void onOwnThread(Runnable work) {
        Thread thread = new Thread(work, "dataset-digest");
        thread.setDaemon(true);
        thread.start();
    }

    private static boolean held(TransactionContext tx, LinkType type) {
        return tx.run("MATCH ()-[r:" + type.relationshipType() + "]->() RETURN count(r) > 0 AS held").single().get("held").asBoolean();
    }

    static NodeKind kindOf(Contribution c) {
        return NodeKind.fromCode(String.valueOf(c.facts().get("kind"))).orElseThrow();
    }

    static LinkType typeOf(Contribution c) {
        return LinkType.fromRelationshipType(String.valueOf(c.facts().get("type"))).orElseThrow();
    }

    static <K extends Enum<K>> Map<K, List<ContributionPlan.Write>> byEnum(Class<K> type, List<ContributionPlan.Write> writes,
                                                                         Function<Contribution, K> of) {
        Map<K, List<ContributionPlan.Write>> grouped = new EnumMap<>(type);
        writes.forEach(w -> grouped.computeIfAbsent(of.apply(w.winner()), k -> new ArrayList<>()).add(w));
        return grouped;
    }
}
