package org.backchannel.store.neo4j;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.LinkType;

/**
 * Constraints and indexes: unique ids, what the browsing queries filter and order by (the stored
 * degree lets the overview read the best-connected nodes straight off an index, and the
 * {@link LesserDegree} of each relationship the links among them), and a full-text
 * index for name search that folds case and accents. Every statement is idempotent.
 */
final class StoreSchema {

    static final String ENTITY = "Entity";
    static final String SOURCE = "Source";
    static final String NAME_INDEX = "entity_names";
    static final String DEGREE_INDEX = "entity_degree";

    private StoreSchema() {
    }

    /**
     * Gives a degree to every node that lacks one, for stores imported before the degree was stored.
     * Batched, because a large store would not fit one transaction's memory; needs an auto-commit
     * transaction. Cheap when there is nothing to do: the check runs on the degree index.
     */
    static final String DEGREE_MISSING = """
            RETURN COUNT { MATCH (n:Entity) } - COUNT { MATCH (n:Entity) WHERE n.degree >= 0 } AS missing""";

    static final String BACKFILL_DEGREE = """
            MATCH (n:Entity) WHERE n.degree IS NULL
            CALL (n) { SET n.degree = COUNT { (n)--() } } IN TRANSACTIONS OF 10000 ROWS""";

    /** An index or constraint by its name, and the idempotent statement that creates it. */
    record Item(String name, String statement) {
    }

    /** Every index a store holds and whether it answers queries (a constraint's own index has its name). */
    static final String EXISTING = "SHOW INDEXES YIELD name, state RETURN name, state";

    static List<Item> items() {
        return statements().stream().map(s -> new Item(s.split(" ")[s.startsWith("CREATE FULLTEXT") ? 3 : 2], s)).toList();
    }

    static List<String> statements() {
        List<String> statements = new ArrayList<>(List.of(
                "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
                "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE",
                "CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (d:Dataset) REQUIRE d.id IS UNIQUE",
                "CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)",
                "CREATE INDEX " + DEGREE_INDEX + " IF NOT EXISTS FOR (n:Entity) ON (n.degree)",
                "CREATE INDEX entity_channel_type IF NOT EXISTS FOR (n:Entity) ON (n.channelType)",
                "CREATE INDEX entity_years IF NOT EXISTS FOR (n:Entity) ON (n.startYear, n.endYear)",
                "CREATE FULLTEXT INDEX " + NAME_INDEX + " IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasesText] "
                        + "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}"));
        for (LinkType type : LinkType.values()) {
            String name = type.relationshipType().toLowerCase(java.util.Locale.ROOT);
            statements.add("CREATE INDEX rel_" + name + "_id IF NOT EXISTS FOR ()-[r:" + type.relationshipType() + "]-() ON (r.id)");
        }
        statements.add("CREATE INDEX rel_spoke_with_years IF NOT EXISTS FOR ()-[r:SPOKE_WITH]-() ON (r.startYear, r.endYear)");
        statements.add("CREATE INDEX rel_spoke_with_channel_type IF NOT EXISTS FOR ()-[r:SPOKE_WITH]-() ON (r.channelType)");
        statements.addAll(LesserDegree.indexStatements());
        return statements;
    }
}
