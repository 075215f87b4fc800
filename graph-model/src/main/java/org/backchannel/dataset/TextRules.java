package org.backchannel.dataset;

import java.util.Optional;

/**
 * What a string in a dataset may contain. Jackson accepts all of these; an analyst's store should
 * not: invisible controls and direction overrides make names lie about what they say.
 */
final class TextRules {

    private TextRules() {
    }

    /** Why the text is refused, or empty when it is acceptable. */
    static Optional<String> problemWith(String text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("contains a lone surrogate (U+" + hex(c) + ") at character " + (i + 1));
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("contains a lone surrogate (U+" + hex(c) + ") at character " + (i + 1));
            }
            if (c == '\u0000') {
                return Optional.of("contains a NUL character at character " + (i + 1));
            }
            if (isDirectionOverride(c)) {
                return Optional.of("contains the invisible text-direction control U+" + hex(c) + " at character " + (i + 1));
            }
            boolean allowedControl = c == '\t' || (multiline && (c == '\n' || c == '\r'));
            if (Character.isISOControl(c) && !allowedControl) {
                return Optional.of("contains the control character U+" + hex(c) + " at character " + (i + 1));
            }
        }
        return Optional.empty();
    }

    /** Embeddings, overrides and isolates; the plain marks U+200E/U+200F stay allowed for right-to-left names. */
    private static boolean isDirectionOverride(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
