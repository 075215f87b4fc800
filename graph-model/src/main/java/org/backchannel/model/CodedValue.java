package org.backchannel.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A constant of a closed vocabulary with the code it has in dataset files and in the store. The
 * static helpers give every vocabulary the same lookup and the same list for messages.
 */
public interface CodedValue {

    String code();

    /** A plain loop: loading a large graph looks up several codes per element, and a stream per lookup showed. */
    static <E extends Enum<E> & CodedValue> Optional<E> fromCode(Class<E> vocabulary, String code) {
        for (E value : vocabulary.getEnumConstants()) {
            if (value.code().equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E> & CodedValue> List<String> codes(Class<E> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(CodedValue::code).toList();
    }
}
