package org.backchannel.store.neo4j;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backchannel.model.Dataset;
import org.backchannel.model.EraDerivation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.store.ImportResult;
import org.neo4j.driver.TransactionContext;

/**
 * Writes a dataset inside one write transaction, so that it commits whole or not at all. Elements
 * are merged by id, so importing the same file again changes nothing, and elements an earlier
 * import wrote that the file no longer has are removed. Labels and relationship types come only
 * from {@link NodeKind} and {@link LinkType}; every value is a parameter. Each node's number of
 * relationships is stored as {@code degree} in the same transaction, for the overview's index.
 */
final class DatasetWriter {

    private static final String OTHER_KIND_LABELS = "Actor:Organization:Channel:Event:Outcome";

    private DatasetWriter() {
    }

    static ImportResult write(TransactionContext tx, Dataset dataset) {
        EraDerivation eras = EraDerivation.of(dataset.nodes(), dataset.links());
        Map<String, GraphNode> nodesById = dataset.nodes().stream().collect(Collectors.toMap(GraphNode::id, Function.identity()));

        tx.run("UNWIND $sources AS s MERGE (x:Source {id: s.id}) SET x = s",
                Map.of("sources", dataset.sources().stream().map(ElementProperties::of).toList()));
        tx.run("MATCH (x:Source) WHERE NOT x.id IN $ids DETACH DELETE x",
                Map.of("ids", dataset.sources().stream().map(s -> s.id()).toList()));

        long removedNodes = tx.run("MATCH (n:Entity) WHERE NOT n.id IN $ids DETACH DELETE n RETURN count(*) AS removed",
                Map.of("ids", dataset.nodes().stream().map(GraphNode::id).toList())).single().get("removed").asLong();
        Map<NodeKind, List<Map<String, Object>>> nodeRows = new EnumMap<>(NodeKind.class);
        for (GraphNode node : dataset.nodes()) {
            nodeRows.computeIfAbsent(node.kind(), k -> new ArrayList<>()).add(ElementProperties.of(node, eras.nodeYears(node.id())));
        }
        nodeRows.forEach((kind, rows) -> tx.run(
                "UNWIND $rows AS row MERGE (n:Entity {id: row.id}) REMOVE n:" + OTHER_KIND_LABELS
                        + " SET n = row, n:" + kind.label(),
                Map.of("rows", rows)));

        long removedLinks = tx.run("""
                MATCH (a:Entity)-[r]->(b:Entity)
                WHERE r.id IS NOT NULL AND NOT (type(r) + '|' + a.id + '|' + b.id + '|' + r.id) IN $keys
                DELETE r RETURN count(*) AS removed""",
                Map.of("keys", dataset.links().stream().map(DatasetWriter::key).toList())).single().get("removed").asLong();
        Map<LinkType, List<Map<String, Object>>> linkRows = new EnumMap<>(LinkType.class);
        for (GraphLink link : dataset.links()) {
            Optional<GraphNode> channel = ElementProperties.channelOf(link, nodesById);
            linkRows.computeIfAbsent(link.type(), t -> new ArrayList<>())
                    .add(Map.of("from", link.fromId(), "to", link.toId(), "props", ElementProperties.of(link, channel, eras.linkYears(link.id()))));
        }
        linkRows.forEach((type, rows) -> {
            long written = tx.run("UNWIND $rows AS row "
                            + "MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to}) "
                            + "MERGE (a)-[r:" + type.relationshipType() + " {id: row.props.id}]->(b) SET r = row.props "
                            + "RETURN count(r) AS written",
                    Map.of("rows", rows)).single().get("written").asLong();
            // MATCH silently skips rows whose endpoints are missing; a short count must fail the transaction.
            if (written != rows.size()) {
                throw new IllegalStateException("only " + written + " of " + rows.size() + " " + type.code() + " links found both ends");
            }
        });
        // Written only where it changed, so that importing the same file again writes nothing.
        tx.run("""
                MATCH (n:Entity) WITH n, COUNT { (n)--() } AS degree
                WHERE n.degree IS NULL OR n.degree <> degree
                SET n.degree = degree""").consume();
        return new ImportResult(dataset.nodes().size(), dataset.links().size(), dataset.sources().size(), removedNodes, removedLinks);
    }

    private static String key(GraphLink link) {
        return link.type().relationshipType() + '|' + link.fromId() + '|' + link.toId() + '|' + link.id();
    }
}
