package org.backchannel.render;

/**
 * Makes arbitrary text (labels come from datasets and other people's databases) safe inside XML content
 * and attribute values.
 */
final class XmlText {

    private XmlText() {
    }

    /**
     * Escapes the five markup characters and drops what XML 1.0 cannot hold at all: control characters
     * other than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
     */
    static void appendEscaped(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (allowed(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        appendEscaped(out, text);
        return out.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
