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

    static <E extends Enum<E> & CodedValue> Optional<E> fromCode(Class<E> vocabulary, String code) {
        return Arrays.stream(vocabulary.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    static <E extends Enum<E> & CodedValue> List<String> codes(Class<E> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(CodedValue::code).toList();
    }
}
