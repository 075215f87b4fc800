package org.backchannel.store.neo4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.backchannel.model.Era;
import org.backchannel.model.YearRange;

/**
 * How the contributions of several datasets make one element: a field both give must be equal (or
 * one dataset must revise the other, and then the reviser's value is shown); a field only one gives is
 * taken from it; citations and aliases are joined, derived years span them all.
 */
final class ElementMerge {

    private static final List<String> CITATION_LISTS = List.of("citationSources", "citationQuotes", "citationNotes");
    /** Not facts to agree on: joined or derived across contributions, or only telling where and what. */
    private static final Set<String> NOT_COMPARED = Set.of("id", Contribution.PLACE, "aliases", "aliasesText",
            "startYear", "endYear", "eras", "citationSources", "citationQuotes", "citationNotes");
    /** What a contribution says about a link's identity rather than its properties. */
    static final Set<String> LINK_ENDS = Set.of("type", "from", "to");

    private ElementMerge() {
    }

    /** The fields two contributions both give with different values. */
    static List<String> disagreements(Contribution a, Contribution b) {
        List<String> fields = new ArrayList<>();
        for (Map.Entry<String, Object> field : a.facts().entrySet()) {
            Object other = b.facts().get(field.getKey());
            if (!NOT_COMPARED.contains(field.getKey()) && other != null && !Objects.equals(field.getValue(), other)) {
                fields.add(field.getKey());
            }
        }
        return fields.stream().sorted().toList();
    }

    /**
     * The element's stored properties.
     *
     * @param ordered the contributions, the one whose values win first
     */
    static Map<String, Object> merge(List<Contribution> ordered) {
        Map<String, Object> merged = new HashMap<>();
        Set<String> aliases = new LinkedHashSet<>();
        Map<String, List<Object>> citations = new HashMap<>();
        List<String> citationDatasets = new ArrayList<>();
        Long from = null;
        Long to = null;
        for (Contribution c : ordered) {
            c.facts().forEach((key, value) -> {
                if (!NOT_COMPARED.contains(key) && !LINK_ENDS.contains(key)) {
                    merged.putIfAbsent(key, value);
                }
            });
            merged.putIfAbsent("id", c.facts().get("id"));
            if (c.facts().get("aliases") instanceof List<?> list) {
                list.forEach(a -> aliases.add(a.toString()));
            }
            for (String key : CITATION_LISTS) {
                citations.computeIfAbsent(key, k -> new ArrayList<>()).addAll((List<?>) c.facts().getOrDefault(key, List.of()));
            }
            ((List<?>) c.facts().getOrDefault("citationSources", List.of())).forEach(s -> citationDatasets.add(c.datasetId()));
            if (c.facts().get("startYear") instanceof Number start && c.facts().get("endYear") instanceof Number end) {
                from = from == null ? start.longValue() : Math.min(from, start.longValue());
                to = to == null ? end.longValue() : Math.max(to, end.longValue());
            }
        }
        if (merged.containsKey("name")) {
            merged.put("aliases", List.copyOf(aliases));
            merged.put("aliasesText", String.join(ElementProperties.ALIAS_SEPARATOR, aliases));
        }
        if (ordered.stream().anyMatch(c -> c.facts().containsKey("citationSources"))) {
            merged.putAll(citations);
            if (CitationDatasets.stored(ordered)) {
                merged.put(CitationDatasets.PROPERTY, citationDatasets);
            }
        }
        if (from != null) {
            merged.put("startYear", from);
            merged.put("endYear", to);
            merged.put("eras", Era.of(new YearRange(from.intValue(), to.intValue())).stream().map(Era::code).toList());
        }
        return merged;
    }
}
