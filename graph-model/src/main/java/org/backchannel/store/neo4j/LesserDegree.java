package org.backchannel.store.neo4j;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.backchannel.model.LinkType;

/**
 * The smaller of the stored degrees of a relationship's two ends, kept on the relationship as
 * {@value #PROPERTY} and indexed per type, so that the links among the best-connected nodes are a
 * range seek instead of an expansion: every link between two nodes of degree {@code d} or more has
 * a lesser degree of {@code d} or more (docs/decisions/0023-links-among-the-best-connected.md).
 *
 * <p>Only a writer that keeps it right may rely on it: the importer writes it with each relationship (see
 * {@link ImportDegrees}),
 * preparing a store gives it to relationships that lack it, and browsing a guest store never does.
 */
final class LesserDegree {

    static final String PROPERTY = "lesserDegree";

    /** Both ends' stored degrees, the smaller one; for a statement that has matched {@code (a)-[r]->(b)}. */
    static final String OF_ENDS = "CASE WHEN a.degree < b.degree THEN a.degree ELSE b.degree END";

    /**
     * How many of Backchannel's relationships lack it: per type, the count store's total less the
     * entries of the type's index, so that nothing but counts and indexes is read.
     */
    static final String MISSING = "RETURN " + Arrays.stream(LinkType.values())
            .map(t -> "COUNT { ()-[:%1$s]->() } - COUNT { ()-[r:%1$s]->() WHERE r.%2$s >= 0 }"
                    .formatted(t.relationshipType(), PROPERTY))
            .collect(Collectors.joining("\n     + ")) + " AS missing";

    /**
     * Gives it to every relationship of ours that lacks it, after the nodes have their degrees; batched
     * like the degree's backfill, and a second run finds nothing to do.
     */
    static final String BACKFILL = """
            MATCH (a:Entity)-[r:%s]->(b:Entity) WHERE r.%s IS NULL
            CALL (a, r, b) { SET r.%2$s = %s } IN TRANSACTIONS OF 10000 ROWS"""
            .formatted(BrowseQueries.OWN_TYPES, PROPERTY, OF_ENDS);

    /**
     * The importer's upkeep once the nodes' degrees are right: follows a statement that ends with the
     * nodes whose degree it changed as {@code changed}, and gives their relationships their lesser
     * degree again, written only where it differs (the relationships it has just written already hold it).
     */
    static final String AROUND_CHANGED_NODES = """
            UNWIND changed AS n
            MATCH (n)-[r:%s]-(:Entity)
            WITH DISTINCT r
            WITH r, startNode(r) AS a, endNode(r) AS b
            WITH r, %s AS lesser
            WHERE r.%s IS NULL OR r.%3$s <> lesser
            SET r.%3$s = lesser""".formatted(BrowseQueries.OWN_TYPES, OF_ENDS, PROPERTY);

    private LesserDegree() {
    }

    static String indexName(LinkType type) {
        return "rel_" + type.relationshipType().toLowerCase(Locale.ROOT) + "_lesser_degree";
    }

    /** The index of each type, created by {@link StoreSchema#statements()} with the others. */
    static List<String> indexStatements() {
        return Arrays.stream(LinkType.values()).map(t -> "CREATE INDEX " + indexName(t) + " IF NOT EXISTS FOR ()-[r:"
                + t.relationshipType() + "]-() ON (r." + PROPERTY + ")").toList();
    }

    static List<String> indexNames() {
        return Arrays.stream(LinkType.values()).map(LesserDegree::indexName).toList();
    }
}
