package org.backchannel.store.neo4j;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.LinkType;

/**
 * Constraints and indexes: unique ids, what the browsing queries filter by, and a full-text index
 * for name search that folds case and accents. Every statement is idempotent.
 */
final class StoreSchema {

    static final String ENTITY = "Entity";
    static final String SOURCE = "Source";
    static final String NAME_INDEX = "entity_names";

    private StoreSchema() {
    }

    static List<String> statements() {
        List<String> statements = new ArrayList<>(List.of(
                "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
                "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE",
                "CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)",
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
        return statements;
    }
}
