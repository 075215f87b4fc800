package org.backchannel.perspective;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Which property keys hold what Backchannel reads from a node or relationship. Each role lists keys in
 * order of preference: the first the element has is used, so one perspective serves a person's
 * {@code name} and an embassy's {@code title}, a cable's {@code sentAt} and a meeting's {@code date}.
 */
public record PropertyRoles(List<String> name, List<String> date, List<String> start, List<String> end,
                            List<String> channelType, List<String> secrecy, List<String> quote, List<String> source) {

    public static final PropertyRoles NONE = new PropertyRoles(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of());

    public PropertyRoles {
        name = List.copyOf(name);
        date = List.copyOf(date);
        start = List.copyOf(start);
        end = List.copyOf(end);
        channelType = List.copyOf(channelType);
        secrecy = List.copyOf(secrecy);
        quote = List.copyOf(quote);
        source = List.copyOf(source);
    }

    /** The roles by the names the perspective file gives them, in the file's order. */
    public Map<String, List<String>> byRole() {
        return Map.of("name", name, "date", date, "start", start, "end", end, "channelType", channelType,
                "secrecy", secrecy, "quote", quote, "source", source);
    }

    /** Every key any role names, each once. */
    public List<String> allKeys() {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        for (List<String> role : List.of(name, date, start, end, channelType, secrecy, quote, source)) {
            keys.addAll(role);
        }
        return new ArrayList<>(keys);
    }

    /** The first of {@code keys} that {@code properties} holds a value for, or null. */
    public static String firstPresent(List<String> keys, Map<String, Object> properties) {
        for (String key : keys) {
            if (properties.get(key) != null) {
                return key;
            }
        }
        return null;
    }
}
