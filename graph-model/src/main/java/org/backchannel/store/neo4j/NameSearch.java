package org.backchannel.store.neo4j;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.model.GraphNode;
import org.backchannel.store.SearchHit;
import org.neo4j.driver.TransactionContext;

/**
 * Name search in the store, for nodes the scene does not hold. A node whose name or alias is
 * exactly what was typed (ignoring case and accents) always comes first: the prefix query alone
 * scores every match alike, so on a large store the exact one could fall past the limit.
 */
final class NameSearch {

    /** How many phrase matches are checked for an exact name: names that contain the typed words as a phrase are few. */
    private static final int EXACT_CANDIDATES = 50;

    private NameSearch() {
    }

    /** On the name index where the database has it, else a bounded scan of Backchannel's nodes, or of any node when it holds none. */
    static List<SearchHit> search(TransactionContext tx, String text, int limit, boolean indexed) {
        if (indexed) {
            return indexed(tx, text, limit);
        }
        return unindexed(tx, text, limit, tx.run(BrowseQueries.ENTITY_COUNT).single().get("total").asLong() > 0);
    }

    /** Through the full-text index: exact names first (a phrase query), then names each typed word begins a word of. */
    static List<SearchHit> indexed(TransactionContext tx, String text, int limit) {
        Map<String, SearchHit> hits = new LinkedHashMap<>();
        List<String> typed = LuceneQuery.words(text);
        String phrase = LuceneQuery.phrase(text);
        if (!phrase.isEmpty()) {
            run(tx, phrase, EXACT_CANDIDATES).stream().filter(hit -> isExact(hit.node(), typed))
                    .forEach(hit -> hits.putIfAbsent(hit.node().id(), hit));
        }
        for (SearchHit hit : run(tx, LuceneQuery.prefixOfEachWord(text), limit)) {
            hits.putIfAbsent(hit.node().id(), hit);
        }
        return hits.values().stream().limit(limit).toList();
    }

    /** Without the full-text index: a bounded scan of the name property (our nodes', or someone else's naming properties). */
    static List<SearchHit> unindexed(TransactionContext tx, String text, int limit, boolean ownNodes) {
        return tx.run(ownNodes ? BrowseQueries.SEARCH_UNINDEXED : BrowseQueries.FOREIGN_SEARCH,
                        Map.of("text", AccentFolding.fold(text), "limit", limit, "folds", AccentFolding.PAIRS))
                .list(r -> new SearchHit(RecordMapping.node(r.get("node").asNode()), r.get("score").asDouble()));
    }

    private static List<SearchHit> run(TransactionContext tx, String query, int limit) {
        return tx.run(BrowseQueries.SEARCH, Map.of("index", StoreSchema.NAME_INDEX, "query", query, "limit", limit))
                .list(r -> new SearchHit(RecordMapping.node(r.get("node").asNode()), r.get("score").asDouble()));
    }

    private static boolean isExact(GraphNode node, List<String> typed) {
        return LuceneQuery.words(node.name()).equals(typed) || node.aliases().stream().anyMatch(a -> LuceneQuery.words(a).equals(typed));
    }
}
