package org.backchannel.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Says in plain words what Jackson found where the format wants another type. */
public final class TypeMismatch {

    private static final Pattern COERCE = Pattern.compile("Cannot coerce ([\\w-]+) value \\(([^)]*)\\)");
    private static final Pattern FROM = Pattern.compile("from (\\w+) value(?: \\('([^']*)'\\))?");

    private TypeMismatch() {
    }

    public static String describe(JsonMappingException e) {
        String original = e.getOriginalMessage();
        String expected = e instanceof MismatchedInputException m && m.getTargetType() != null
                ? expectedName(m.getTargetType())
                : "another type";
        Matcher coerce = COERCE.matcher(original);
        if (coerce.find()) {
            return "wrong type: expected " + expected + ", found " + foundName(coerce.group(1)) + " (" + coerce.group(2) + ")";
        }
        Matcher from = FROM.matcher(original);
        if (from.find()) {
            String value = from.group(2) == null ? "" : " (\"" + TextRules.printable(from.group(2)) + "\")";
            return "wrong type: expected " + expected + ", found " + foundName(from.group(1)) + value;
        }
        return "wrong type: expected " + expected;
    }

    private static String expectedName(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static String foundName(String jacksonName) {
        return switch (jacksonName) {
            case "Integer", "Float", "Floating-point", "Number" -> "a number";
            case "Boolean" -> "true/false";
            case "Object" -> "an object";
            case "Array" -> "an array";
            case "String" -> "text";
            default -> jacksonName.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
