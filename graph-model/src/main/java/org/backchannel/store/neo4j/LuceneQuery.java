package org.backchannel.store.neo4j;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns what a user types into a full-text query that matches names starting with each word.
 * Lucene syntax in the input is escaped, so every character is searched for as itself.
 */
final class LuceneQuery {

    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    /**
     * Lucene's English stop words, which the index leaves out: a query must not require them ("the
     * envoy"), but one made only of them is still a prefix worth searching ("in" for "India").
     */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
            "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
            "these", "they", "this", "to", "was", "will", "with");

    private LuceneQuery() {
    }

    /** The query, or an empty string when the input has no words. */
    static String prefixOfEachWord(String input) {
        if (input == null) {
            return "";
        }
        List<String> words = Arrays.stream(input.trim().split("\\s+")).filter(w -> !w.isEmpty()).map(LuceneQuery::fold).toList();
        List<String> meaningful = words.stream().filter(w -> !STOP_WORDS.contains(w)).toList();
        return (meaningful.isEmpty() ? words : meaningful).stream()
                .map(word -> escape(word) + "*")
                .collect(Collectors.joining(" AND "));
    }

    /**
     * Prefix terms bypass the index's analyzer, so fold them as the 'standard-folding' analyzer
     * folds names: lower case (which also keeps AND, OR and NOT from being read as operators) and
     * no accents.
     */
    static String fold(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        decomposed.codePoints().filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK).forEach(cp -> {
            switch (cp) {
                case 'ø' -> out.append('o');
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ß' -> out.append("ss");
                case 'ł' -> out.append('l');
                case 'đ' -> out.append('d');
                default -> out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static String escape(String word) {
        StringBuilder out = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
