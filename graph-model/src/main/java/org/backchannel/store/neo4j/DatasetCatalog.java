package org.backchannel.store.neo4j;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backchannel.model.Dataset;
import org.backchannel.store.DatasetInfo;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/** The {@code Dataset} nodes: one per dataset the store holds, with its identity, file, digest and counts. */
final class DatasetCatalog {

    static final String LABEL = "Dataset";
    /** The digest of the contributions the dataset wrote, by which an unchanged re-import is known without reading them. */
    static final String CONTRIBUTION_DIGEST = "contributionDigest";

    private DatasetCatalog() {
    }

    /** For each dataset, the ids of the datasets it revises. */
    static Map<String, List<String>> revises(TransactionContext tx) {
        Map<String, List<String>> revises = new HashMap<>();
        tx.run("MATCH (d:Dataset) RETURN d.id AS id, d.revises AS revises").forEachRemaining(r ->
                revises.put(r.get("id").asString(), r.get("revises").asList(Value::asString, List.of())));
        return revises;
    }

    static Optional<Map<String, Object>> stored(TransactionContext tx, String id) {
        return tx.run("MATCH (d:Dataset {id: $id}) RETURN properties(d) AS props", Map.of("id", id)).list().stream()
                .findFirst().map(r -> r.get("props").asMap());
    }

    /**
     * The digest of the contributions recorded for this dataset when the store holds the same file (path and
     * digest) with the same revisions, every dataset it revises still there: then the import is unchanged when the
     * digest of its contributions is this one. Empty when the record alone says the import changes something.
     *
     * @param held the ids of the datasets the store holds
     */
    static Optional<String> heldDigest(TransactionContext tx, Dataset dataset, java.util.Set<String> held) {
        return stored(tx, dataset.id())
                .filter(before -> dataset.origin().file().equals(before.get("file"))
                        && dataset.origin().digest().equals(before.get("digest"))
                        && dataset.revises().equals(before.get("revises"))
                        && held.containsAll(dataset.revises()))
                .map(before -> before.get(CONTRIBUTION_DIGEST) instanceof String digest ? digest : "");
    }

    /** Records the dataset's identity and file; leaves the node alone when neither it nor the content changed. */
    static void record(TransactionContext tx, Dataset dataset, String contributionDigest, boolean contentChanged) {
        Map<String, Object> props = new HashMap<>();
        props.put("id", dataset.id());
        props.put("title", dataset.title());
        if (dataset.description() != null) {
            props.put("description", dataset.description());
        }
        props.put("format", dataset.format());
        props.put("file", dataset.origin().file());
        props.put("digest", dataset.origin().digest());
        props.put("revises", dataset.revises());
        props.put("sources", (long) dataset.sources().size());
        props.put("nodes", (long) dataset.nodes().size());
        props.put("links", (long) dataset.links().size());
        props.put(CONTRIBUTION_DIGEST, contributionDigest);
        Optional<Map<String, Object>> before = stored(tx, dataset.id());
        if (!contentChanged && before.isPresent()) {
            Map<String, Object> old = new HashMap<>(before.get());
            Object importedAt = old.remove("importedAt");
            if (old.equals(props)) {
                return;
            }
            if (importedAt != null) {
                // Only the record changed (a store written before contributions had a digest): the content is as old as it was.
                props.put("importedAt", importedAt);
            }
        }
        props.putIfAbsent("importedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        tx.run("MERGE (d:Dataset {id: $id}) SET d = $props", Map.of("id", dataset.id(), "props", props)).consume();
    }

    static void delete(TransactionContext tx, String id) {
        tx.run("MATCH (d:Dataset {id: $id}) DELETE d", Map.of("id", id)).consume();
    }

    /** Every dataset, by id; content no dataset claims yet shows as the one it will be given on the next import. */
    static List<DatasetInfo> list(TransactionContext tx) {
        List<DatasetInfo> found = new java.util.ArrayList<>(tx.run("MATCH (d:Dataset) RETURN d ORDER BY d.id")
                .list(r -> info(r.get("d").asNode())));
        if (found.stream().noneMatch(d -> d.id().equals(LegacyMigration.LEGACY_ID)) && LegacyMigration.needed(tx)) {
            var counts = tx.run("""
                    RETURN COUNT { MATCH (s:Source) WHERE s.datasets IS NULL } AS sources,
                           COUNT { MATCH (n:Entity) WHERE n.datasets IS NULL } AS nodes,
                           COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE r.datasets IS NULL AND r.id IS NOT NULL } AS links""").single();
            found.add(new DatasetInfo(LegacyMigration.LEGACY_ID, LegacyMigration.LEGACY_TITLE, "", "", "", "", List.of(),
                    counts.get("sources").asLong(), counts.get("nodes").asLong(), counts.get("links").asLong()));
        }
        return found;
    }

    private static DatasetInfo info(Node d) {
        return new DatasetInfo(d.get("id").asString(), d.get("title").asString(""), d.get("format").asString(""),
                d.get("file").asString(""), d.get("digest").asString(""), d.get("importedAt").asString(""),
                d.get("revises").asList(Value::asString, List.of()),
                d.get("sources").asLong(0), d.get("nodes").asLong(0), d.get("links").asLong(0));
    }
}
