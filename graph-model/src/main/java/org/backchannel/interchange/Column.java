package org.backchannel.interchange;

import java.util.function.Function;

/** One attribute every graph file format writes under the same name: a column of the CSV tables, a key of GraphML, an attribute of GEXF. */
record Column<T>(String name, Function<T, String> value) {

    /** The value, or null where the element has none (an empty cell, an absent attribute). */
    String of(T element) {
        String text = value.apply(element);
        return text == null || text.isEmpty() ? null : text;
    }
}
