package org.backchannel.analysis;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.backchannel.model.GraphNode;

/**
 * Incremental name search over the loaded graph, ignoring case and accents: "dobry" finds
 * "Anatoly Dobrynin", "zelensky" finds "Zelenskyy", "ПУТИН" finds "Путин". Every word typed must
 * begin a word of the name or of an alias.
 */
public final class NameMatcher {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameMatcher() {
    }

    /**
     * Matching nodes, best first: a node named exactly what was typed (or with it as an alias),
     * then a match on the name before one on an alias, then shorter names.
     */
    public static List<GraphNode> search(Iterable<GraphNode> nodes, String query, int limit) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        Stream.Builder<GraphNode> hits = Stream.builder();
        for (GraphNode node : nodes) {
            if (matches(node.name(), words) || node.aliases().stream().anyMatch(a -> matches(a, words))) {
                hits.add(node);
            }
        }
        return hits.build()
                .sorted(Comparator.comparing((GraphNode n) -> !isExact(n, words)).thenComparing(n -> !matches(n.name(), words))
                        .thenComparing(n -> n.name().length())
                        .thenComparing(GraphNode::name))
                .limit(limit)
                .toList();
    }

    /** Whether the node's name or one of its aliases is exactly the query, ignoring case, accents and punctuation. */
    public static boolean isExact(GraphNode node, String query) {
        return isExact(node, words(query));
    }

    private static boolean isExact(GraphNode node, List<String> queryWords) {
        return !queryWords.isEmpty()
                && (words(node.name()).equals(queryWords) || node.aliases().stream().anyMatch(a -> words(a).equals(queryWords)));
    }

    static boolean matches(String text, List<String> queryWords) {
        List<String> textWords = words(text);
        return queryWords.stream().allMatch(q -> textWords.stream().anyMatch(t -> t.startsWith(q)));
    }

    /** Lower case, accents removed, split into words. */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return Stream.of(WORD_BREAK.split(folded)).filter(w -> !w.isEmpty()).toList();
    }
}
