package org.backchannel.store.neo4j;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Case and accent folding for the name searches that run without the full-text index ("Lavrov" finds
 * "Lávrov" and the other way round), as the index's {@code standard-folding} analyzer does. Cypher
 * has no accent folding of its own, so the statement applies a table of replacements given as a
 * parameter; the table is Java's own decomposition of the Latin letters, so the typed text and the
 * stored names fold alike.
 */
final class AccentFolding {

    /** Each accented lower-case Latin letter with what it folds to, e.g. {@code ["á", "a"]}. */
    static final List<List<String>> PAIRS = pairs();

    private AccentFolding() {
    }

    /** Lower case, accents taken off, runs of white space as one space. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replaceAll("\\s+", " ");
    }

    /**
     * A Cypher expression folding the text expression {@code text} with the {@code $folds} parameter.
     * Names in plain ASCII (most, in most stores) skip the table: a scan of a million names spent its
     * time in the table's two hundred replacements per name.
     */
    static String cypher(String text) {
        return "CASE WHEN " + text + " =~ '[\\x00-\\x7F]*' THEN toLower(" + text + ") ELSE reduce(s = toLower(" + text
                + "), f IN $folds | replace(s, f[0], f[1])) END";
    }

    private static List<List<String>> pairs() {
        List<List<String>> pairs = new ArrayList<>();
        for (char c = '\u00c0'; c <= '\u024f'; c++) {
            String letter = String.valueOf(c).toLowerCase(Locale.ROOT);
            String folded = Normalizer.normalize(letter, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            if (!folded.equals(letter) && !folded.isEmpty() && pairs.stream().noneMatch(p -> p.get(0).equals(letter))) {
                pairs.add(List.of(letter, folded));
            }
        }
        return List.copyOf(pairs);
    }
}
