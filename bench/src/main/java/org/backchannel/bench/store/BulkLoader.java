package org.backchannel.bench.store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backchannel.model.Dataset;
import org.backchannel.model.EraDerivation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.store.neo4j.ElementProperties;
import org.backchannel.store.neo4j.PropertyPattern;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Writes a dataset too large for one transaction (100,000 nodes and more) in batches of {@value #BATCH} rows,
 * each its own transaction. <b>Not all-or-nothing:</b> a failure leaves the batches before it in the store, so
 * it is for generating benchmark stores into an empty folder, never for the app. It writes the labels and the
 * properties {@code DatasetWriter} writes (through the same {@link ElementProperties}) into an empty store, so it
 * creates rather than merges. Only the uniqueness constraint on ids, which the links' lookups need, exists while
 * it writes: the other indexes (full-text names, kinds, years…) are left to {@code Neo4jGraphStore.connect}
 * afterwards, because populating an index once is far cheaper than updating it on every write.
 */
public final class BulkLoader {

    static final int BATCH = 20_000;
    /** The same constraints {@code StoreSchema} creates, by the same names, so that its later statements are no-ops. */
    private static final List<String> ID_CONSTRAINTS = List.of(
            "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE");

    private final Driver driver;
    private final Progress progress;

    /** Told after each batch how many of all elements are written. */
    @FunctionalInterface
    public interface Progress {
        void written(long done, long total);
    }

    public BulkLoader(Driver driver, Progress progress) {
        this.driver = driver;
        this.progress = progress;
    }

    public void load(Dataset dataset) {
        EraDerivation eras = EraDerivation.of(dataset.nodes(), dataset.links());
        Map<String, GraphNode> nodesById = dataset.nodes().stream()
                .collect(Collectors.toMap(GraphNode::id, Function.identity(), (a, b) -> a, () -> new HashMap<>(dataset.nodes().size() * 2)));
        long total = dataset.nodes().size() + (long) dataset.links().size();
        long done = 0;
        try (Session session = driver.session()) {
            ID_CONSTRAINTS.forEach(statement -> session.run(statement).consume());
            List<Map<String, Object>> sources = dataset.sources().stream().map(ElementProperties::of).toList();
            session.executeWriteWithoutResult(tx -> tx.run("UNWIND $sources AS s MERGE (x:Source {id: s.id}) SET x = s",
                    Map.of("sources", sources)).consume());
            Map<NodeKind, List<GraphNode>> byKind = new EnumMap<>(NodeKind.class);
            dataset.nodes().forEach(n -> byKind.computeIfAbsent(n.kind(), k -> new ArrayList<>()).add(n));
            for (var entry : byKind.entrySet()) {
                for (List<GraphNode> batch : batches(entry.getValue())) {
                    List<Map<String, Object>> rows = batch.stream()
                            .map(n -> ElementProperties.of(n, eras.nodeYears(n.id()))).toList();
                    // Properties in the pattern, as the import writes them (decision 0043): no Eager holds the batch.
                    String cypher = "UNWIND $rows AS row CREATE (n:Entity:" + entry.getKey().label() + " "
                            + PropertyPattern.of(rows, "row", Map.of()) + ")";
                    session.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("rows", rows)).consume());
                    done += batch.size();
                    progress.written(done, total);
                }
            }
            Map<LinkType, List<GraphLink>> byType = new EnumMap<>(LinkType.class);
            dataset.links().forEach(l -> byType.computeIfAbsent(l.type(), t -> new ArrayList<>()).add(l));
            for (var entry : byType.entrySet()) {
                for (List<GraphLink> batch : batches(entry.getValue())) {
                    List<Map<String, Object>> props = batch.stream()
                            .map(l -> ElementProperties.of(l, ElementProperties.channelOf(l, nodesById), eras.linkYears(l.id()))).toList();
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (int i = 0; i < batch.size(); i++) {
                        rows.add(Map.of("from", batch.get(i).fromId(), "to", batch.get(i).toId(), "props", props.get(i)));
                    }
                    String cypher = "UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) "
                            + "CREATE (a)-[r:" + entry.getKey().relationshipType() + " " + PropertyPattern.of(props, "row.props", Map.of())
                            + "]->(b) RETURN count(r) AS written";
                    long written = session.executeWrite(tx -> tx.run(cypher, Map.of("rows", rows)).single().get("written").asLong());
                    // MATCH skips rows whose ends are missing without a word; a short count is a broken generator.
                    if (written != rows.size()) {
                        throw new IllegalStateException("only " + written + " of " + rows.size() + " links found both ends");
                    }
                    done += batch.size();
                    progress.written(done, total);
                }
            }
        }
    }

    private static <T> List<List<T>> batches(List<T> all) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            batches.add(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        return batches;
    }
}
