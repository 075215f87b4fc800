package org.backchannel.store.neo4j;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backchannel.perspective.Perspective;
import org.backchannel.store.SearchHit;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;

/**
 * Name search through a perspective. Where the store has an online full-text index on a property
 * the perspective names nodes by, it asks the index (exact names first, by a phrase query, then
 * names each typed word begins a word of), so that search stays fast on a large store; otherwise a
 * bounded scan of the name properties, folding case and accents, after an index seek for the name as
 * typed where the owner has an equality index on it ({@link NameSeeks}). Exchange nodes are never hits:
 * they are drawn as links.
 */
final class PerspectiveSearch {

    /** The node full-text indexes, and what they index; a guest without the SHOW INDEX privilege sees none. */
    static final String FULLTEXT_INDEXES = """
            SHOW FULLTEXT INDEXES YIELD name, entityType, properties, state
            WHERE entityType = 'NODE' AND state = 'ONLINE'
            RETURN name, properties ORDER BY name""";

    /** Phrase matches checked for an exact name: names holding the typed words as a phrase are few. */
    private static final int EXACT_CANDIDATES = 50;
    private static final double EXACT = 2.0;
    private static final double PARTIAL = 1.0;

    private final PerspectiveQueries queries;
    private final PerspectiveRows rows;
    private final Perspective perspective;

    PerspectiveSearch(PerspectiveQueries queries, PerspectiveRows rows, Perspective perspective) {
        this.queries = queries;
        this.rows = rows;
        this.perspective = perspective;
    }

    /**
     * The full-text index on one of the perspective's name properties, if the store has one online;
     * empty when it has none or the user may not list indexes.
     */
    static Optional<String> nameIndex(Neo4jGraphStore store, Perspective perspective) {
        try {
            return store.read(tx -> tx.run(FULLTEXT_INDEXES).list(r -> Map.entry(r.get("name").asString(),
                            r.get("properties").asList(v -> v.asString()))))
                    .stream().filter(e -> e.getValue().stream().anyMatch(perspective.properties().name()::contains))
                    .map(Map.Entry::getKey).findFirst();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof ClientException c && c.code() != null && c.code().startsWith("Neo.ClientError.Security.")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * @param index the store's full-text index on a name property, if it has one
     * @param seeks without one, the owner's equality indexes on a name property: a name typed exactly as
     *              stored is answered from them, and only a name they do not know is scanned for
     */
    List<SearchHit> search(TransactionContext tx, String text, int limit, Optional<String> index, List<NameSeeks.Seek> seeks) {
        String folded = AccentFolding.fold(text);
        if (folded.isEmpty() || perspective.properties().name().isEmpty()) {
            return List.of();
        }
        if (index.isEmpty()) {
            List<SearchHit> exact = seeks.isEmpty() ? List.of() : NameSeeks.exact(tx, seeks, text.strip(), limit, rows, EXACT);
            if (!exact.isEmpty()) {
                return exact;
            }
            return tx.run(queries.search, Map.of("text", folded, "limit", limit, "folds", AccentFolding.PAIRS,
                            "nameKeys", perspective.properties().name()))
                    .list(r -> new SearchHit(rows.node(r.get("node").asNode()), r.get("score").asDouble()));
        }
        Map<String, SearchHit> hits = new LinkedHashMap<>();
        String phrase = LuceneQuery.phrase(text);
        if (!phrase.isEmpty()) {
            for (SearchHit hit : indexed(tx, index.get(), phrase, EXACT_CANDIDATES, EXACT)) {
                if (AccentFolding.fold(hit.node().name()).equals(folded)) {
                    hits.putIfAbsent(hit.node().id(), hit);
                }
            }
        }
        String prefixes = LuceneQuery.prefixOfEachWord(text);
        if (!prefixes.isEmpty()) {
            indexed(tx, index.get(), prefixes, limit, PARTIAL).forEach(hit -> hits.putIfAbsent(hit.node().id(), hit));
        }
        return hits.values().stream().limit(limit).toList();
    }

    private List<SearchHit> indexed(TransactionContext tx, String index, String query, int limit, double score) {
        return tx.run(queries.indexedSearch, Map.of("index", index, "query", query, "limit", limit))
                .list(r -> new SearchHit(rows.node(r.get("node").asNode()), score));
    }
}
