package org.backchannel.store.neo4j;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Labels and relationship types of someone else's database in a statement. They cannot be parameters,
 * so only names the store itself listed ({@code db.labels()}, {@code db.relationshipTypes()}) are
 * spliced in, and always backtick-escaped, so that no name can end the identifier and add Cypher.
 */
final class Cypher {

    private Cypher() {
    }

    static String name(String labelOrType) {
        return "`" + labelOrType.replace("`", "``") + "`";
    }

    /** {@code `A`|`B`} for a label or type expression; the caller makes sure there is at least one. */
    static String anyOf(Collection<String> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a label or type expression needs at least one name");
        }
        return names.stream().sorted().map(Cypher::name).collect(Collectors.joining("|"));
    }
}
