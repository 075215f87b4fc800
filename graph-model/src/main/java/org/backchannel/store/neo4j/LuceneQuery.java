package org.backchannel.store.neo4j;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Turns what a user types into a full-text query that matches names starting with each word.
 * Lucene syntax in the input is escaped, so every character is searched for as itself.
 */
final class LuceneQuery {

    /** Any run of whitespace, including the no-break spaces that pasting brings along. */
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\p{Z}]+");
    /** What separates words for an exact match: anything but letters and digits, as the index's tokenizer sees it. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
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
        List<String> words = Arrays.stream(WORD_BREAK.split(input)).map(LuceneQuery::fold)
                .filter(LuceneQuery::hasLetterOrDigit).toList();
        List<String> meaningful = words.stream().filter(w -> !STOP_WORDS.contains(w)).toList();
        return (meaningful.isEmpty() ? words : meaningful).stream()
                .map(word -> escape(word) + "*")
                .collect(Collectors.joining(" AND "));
    }

    /**
     * The input as one phrase, for finding names that are exactly what was typed: phrase queries
     * go through the index's analyzer, which folds them as it folded the names. Empty when the
     * input has no words.
     */
    static String phrase(String input) {
        List<String> words = words(input);
        return words.isEmpty() ? "" : "\"" + words.stream().map(LuceneQuery::escape).collect(Collectors.joining(" ")) + "\"";
    }

    /** The input's words, folded as the index folds them; what an exact name match compares. */
    static List<String> words(String input) {
        if (input == null) {
            return List.of();
        }
        return Arrays.stream(NON_WORD.split(fold(input))).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * Prefix terms bypass the index's analyzer, so fold them exactly as the 'standard-folding'
     * analyzer folds names, with Lucene's own ASCII folding: Latin accents go, other scripts stay
     * as they are. Lower case also keeps AND, OR and NOT from being read as operators; composing
     * first lets a typed "y" + combining acute fold like "ý".
     */
    static String fold(String word) {
        char[] lower = Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).toCharArray();
        char[] folded = new char[lower.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(lower, 0, folded, 0, lower.length);
        return new String(folded, 0, length);
    }

    /** The index makes no token of marks or punctuation alone, so a word without a letter or digit can match nothing. */
    private static boolean hasLetterOrDigit(String word) {
        return word.codePoints().anyMatch(Character::isLetterOrDigit);
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
