package org.backchannel.perspective;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a perspective fits a store: every label, relationship type and property key it names must
 * be in the store's schema. The problems name what is missing and where the perspective names it (a
 * JSON pointer into its file), so that a perspective made for another database is refused with a
 * sentence rather than drawing an empty window.
 */
public final class PerspectiveCheck {

    private PerspectiveCheck() {
    }

    /** A problem: where in the perspective (a JSON pointer) and what. */
    public record Problem(String pointer, String message) {
        @Override
        public String toString() {
            return pointer + ": " + message;
        }
    }

    public static List<Problem> check(Perspective perspective, SchemaSample store) {
        List<Problem> problems = new ArrayList<>();
        Set<String> labels = store.labelNames();
        Set<String> types = store.typeNames();
        for (String label : perspective.labels().keySet()) {
            if (!labels.contains(label)) {
                problems.add(new Problem("/labels/" + escape(label), "label \"" + label + "\" is not in the store; it has " + listed(labels)));
            }
        }
        for (String type : perspective.relationshipTypes().keySet()) {
            if (!types.contains(type)) {
                problems.add(new Problem("/relationships/" + escape(type),
                        "relationship type \"" + type + "\" is not in the store; it has " + listed(types)));
            }
        }
        for (Map.Entry<String, List<String>> role : perspective.properties().byRole().entrySet()) {
            List<String> keys = role.getValue();
            for (int i = 0; i < keys.size(); i++) {
                if (!store.propertyKeys().contains(keys.get(i))) {
                    problems.add(new Problem("/properties/" + role.getKey() + "/" + i,
                            "property \"" + keys.get(i) + "\" (" + role.getKey() + ") is on no node or relationship of the store"));
                }
            }
        }
        for (String key : perspective.dateFormats().keySet()) {
            if (!store.propertyKeys().contains(key)) {
                problems.add(new Problem("/dateFormats/" + escape(key), "property \"" + key + "\" is on no node or relationship of the store"));
            }
        }
        for (String owner : perspective.exchangeChannels().keySet()) {
            if (perspective.labels().get(owner) != NodeRole.EXCHANGE && perspective.relationshipTypes().get(owner) != LinkRole.EXCHANGE) {
                problems.add(new Problem("/exchangeChannels/" + escape(owner),
                        "\"" + owner + "\" is neither a label nor a relationship type the perspective maps as an exchange"));
            }
        }
        return problems;
    }

    private static String listed(Set<String> names) {
        if (names.isEmpty()) {
            return "none";
        }
        List<String> shown = names.stream().limit(12).toList();
        return String.join(", ", shown) + (names.size() > shown.size() ? " and " + (names.size() - shown.size()) + " more" : "");
    }

    /** A JSON pointer's escaping of a member name. */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
