package org.backchannel.exploration;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** Highlighted ids by who asked for them (a found path, the hovered node's neighbourhood, the picked exchange, a search). */
public final class Highlights {

    private final Map<HighlightSource, Set<String>> bySource = new EnumMap<>(HighlightSource.class);

    public Set<String> of(HighlightSource source) {
        return bySource.getOrDefault(source, Set.of());
    }

    /** What the drawing shows: the first non-empty set in the order of {@link HighlightSource}. */
    public Set<String> shown() {
        for (HighlightSource source : HighlightSource.values()) {
            Set<String> ids = of(source);
            if (!ids.isEmpty()) {
                return ids;
            }
        }
        return Set.of();
    }

    /** @return whether anything changed */
    boolean set(HighlightSource source, Set<String> ids) {
        Set<String> copy = Set.copyOf(ids);
        Set<String> before = copy.isEmpty() ? bySource.remove(source) : bySource.put(source, copy);
        return !copy.equals(before == null ? Set.of() : before);
    }

    void clear() {
        bySource.clear();
    }
}
