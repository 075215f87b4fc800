package org.backchannel.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A column of values that repeat (a link's role, span or source list, a drawn link's label), kept as a small code
 * per row into its distinct values: a byte where there are at most 256 of them, a {@code char} where there are at
 * most 65,536, else the references themselves. A reference per row took 4 bytes (2 MB a column at issue #15's
 * 500,000 links); the roles of a graph are a handful and its spans a few thousand days.
 *
 * <p>Immutable. Values are told apart by {@code equals}, so equal values come back as one instance (the first);
 * {@code null} is a value like any other.
 *
 * @param <T> immutable values with {@code equals} and {@code hashCode}
 */
public final class ValueColumn<T> {

    private static final int BYTE_CODES = 1 << 8;
    private static final int CHAR_CODES = 1 << 16;

    /** The distinct values, by code; null when {@link #plain} holds the rows. */
    private final Object[] values;
    /** One of these three holds the rows. */
    private final byte[] byteCodes;
    private final char[] charCodes;
    private final Object[] plain;

    private ValueColumn(Object[] values, byte[] byteCodes, char[] charCodes, Object[] plain) {
        this.values = values;
        this.byteCodes = byteCodes;
        this.charCodes = charCodes;
        this.plain = plain;
    }

    /** The rows of {@code rows}, in their order; the array is not kept. */
    public static <T> ValueColumn<T> of(T[] rows) {
        Map<Object, Integer> codes = new HashMap<>();
        List<Object> distinct = new ArrayList<>();
        int[] coded = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            // Runs of one value (no role, one source list) need no look-up.
            if (i > 0 && rows[i] == rows[i - 1]) {
                coded[i] = coded[i - 1];
                continue;
            }
            Integer code = codes.get(rows[i]);
            if (code == null) {
                code = distinct.size();
                distinct.add(rows[i]);
                if (distinct.size() > CHAR_CODES) {
                    return new ValueColumn<>(null, null, null, Arrays.copyOf(rows, rows.length, Object[].class));
                }
                codes.put(rows[i], code);
            }
            coded[i] = code;
        }
        Object[] values = distinct.toArray();
        if (values.length <= BYTE_CODES) {
            byte[] bytes = new byte[rows.length];
            for (int i = 0; i < rows.length; i++) {
                bytes[i] = (byte) coded[i];
            }
            return new ValueColumn<>(values, bytes, null, null);
        }
        char[] chars = new char[rows.length];
        for (int i = 0; i < rows.length; i++) {
            chars[i] = (char) coded[i];
        }
        return new ValueColumn<>(values, null, chars, null);
    }

    @SuppressWarnings("unchecked")
    public T get(int i) {
        if (byteCodes != null) {
            return (T) values[byteCodes[i] & 0xFF];
        }
        return (T) (charCodes != null ? values[charCodes[i]] : plain[i]);
    }

    public int size() {
        return byteCodes != null ? byteCodes.length : charCodes != null ? charCodes.length : plain.length;
    }
}
