package org.backchannel.store.neo4j;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.store.StoreSummary;
import org.neo4j.driver.TransactionContext;

/**
 * What the store holds, by kind and link type, read from Neo4j's count store: every kind has its own
 * label and every link type its own relationship type, so each count costs the same at a hundred
 * nodes as at a million. The labels and types spliced in come from the enums only. The name is
 * added after counting: a count grouped by anything, even a constant, is a scan.
 */
final class StoreCounts {

    static final String NODE_COUNTS = Arrays.stream(NodeKind.values())
            .map(kind -> "MATCH (n:" + kind.label() + ") WITH count(n) AS count RETURN '" + kind.code() + "' AS name, count")
            .collect(Collectors.joining(" UNION ALL "));

    static final String LINK_COUNTS = Arrays.stream(LinkType.values())
            .map(type -> "MATCH ()-[r:" + type.relationshipType() + "]->() WITH count(r) AS count RETURN '"
                    + type.relationshipType() + "' AS name, count")
            .collect(Collectors.joining(" UNION ALL "));

    private StoreCounts() {
    }

    static StoreSummary read(TransactionContext tx) {
        Map<NodeKind, Long> nodes = new EnumMap<>(NodeKind.class);
        tx.run(NODE_COUNTS).forEachRemaining(r -> NodeKind.fromCode(r.get("name").asString())
                .ifPresent(kind -> nodes.put(kind, r.get("count").asLong())));
        Map<LinkType, Long> links = new EnumMap<>(LinkType.class);
        tx.run(LINK_COUNTS).forEachRemaining(r -> LinkType.fromRelationshipType(r.get("name").asString())
                .ifPresent(type -> links.put(type, r.get("count").asLong())));
        return new StoreSummary(nodes, links);
    }
}
