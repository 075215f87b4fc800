package org.backchannel.json;

import java.util.Optional;

/**
 * What a string in a dataset or a session may contain. Jackson accepts all of these; an analyst's
 * files should not: invisible controls and direction overrides make names lie about what they say.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Why the text is refused, or empty when it is acceptable. */
    public static Optional<String> problemWith(String text, boolean multiline) {
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

    /** Shortens a refused value for a message, and keeps invisible characters visible. */
    public static String printable(String value) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        StringBuilder out = new StringBuilder();
        shown.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** Embeddings, overrides and isolates; the plain marks U+200E/U+200F stay allowed for right-to-left names. */
    private static boolean isDirectionOverride(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
