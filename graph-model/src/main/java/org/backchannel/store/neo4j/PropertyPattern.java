package org.backchannel.store.neo4j;

import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The properties of a created element written into its {@code CREATE} pattern key by key
 * ({@code {`id`: row.props.`id`, …}}) rather than set from a map afterwards ({@code SET r = row.props}). Setting
 * from a map writes keys the planner cannot know, so it puts an {@code Eager} before the write, which holds every
 * row of the statement (20,000 elements with their properties) before the first is written, once per such
 * {@code SET}; with the keys spelled out it plans no {@code Eager} and creates each element with its properties
 * in one step. A key a row lacks reads as null, and a null property is not stored, as with {@code SET r = map}.
 * The keys are Backchannel's own property names, backtick-escaped all the same. Public for the bench's baseline
 * loader, which writes the same rows the same way so that the import's figure compares like with like.
 */
public final class PropertyPattern {

    private PropertyPattern() {
    }

    /**
     * @param rows  the property maps of the statement's rows
     * @param map   the expression that holds a row's map, e.g. {@code row.props}
     * @param extra more properties, by name, with the expression that gives each, e.g. {@code degree: 0}
     */
    public static String of(Collection<? extends Map<String, ?>> rows, String map, Map<String, String> extra) {
        TreeSet<String> keys = new TreeSet<>();
        rows.forEach(row -> keys.addAll(row.keySet()));
        keys.removeAll(extra.keySet());
        String properties = keys.stream().map(k -> Cypher.name(k) + ": " + map + "." + Cypher.name(k))
                .collect(Collectors.joining(", "));
        String more = new TreeSet<>(extra.keySet()).stream().map(k -> Cypher.name(k) + ": " + extra.get(k))
                .collect(Collectors.joining(", "));
        return "{" + properties + (properties.isEmpty() || more.isEmpty() ? "" : ", ") + more + "}";
    }
}
