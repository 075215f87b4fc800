package org.backchannel.perspective;

import java.util.List;
import java.util.Map;

/** A property value of any type as short text, for names that are not text and for details and notices. */
public final class ValueText {

    static final int MAX = 300;

    private ValueText() {
    }

    public static String of(Object value) {
        String text = value instanceof String s ? s : String.valueOf(value);
        return text.length() > MAX ? text.substring(0, MAX) + "…" : text;
    }

    /** A user's word for the value's type: "text", "number", "list", … */
    public static String typeName(Object value) {
        if (value instanceof String) {
            return "text";
        }
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof Boolean) {
            return "true/false";
        }
        if (value instanceof List<?>) {
            return "list";
        }
        if (value instanceof Map<?, ?>) {
            return "map";
        }
        return value == null ? "nothing" : value.getClass().getSimpleName();
    }
}
