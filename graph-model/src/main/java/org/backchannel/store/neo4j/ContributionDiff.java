package org.backchannel.store.neo4j;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a contribution is stored (decision 0026): as its difference from the element it describes, so
 * that an element one dataset supports carries only that dataset's place, not a second copy of its
 * properties and quotes. The element's own properties (less the bookkeeping {@link #NOT_FACTS}), and
 * for a link its type and ends, are the base; {@value #DIFFERS} holds what the contribution says
 * otherwise and {@value #LACKS} what it does not say. Decoding gives back the contribution's full
 * canonical text, so that comparing, merging and the content digest see what they saw before.
 */
final class ContributionDiff {

    /** The property holding one diff per supporting dataset, parallel to {@code datasets}. */
    static final String PROPERTY = "contributionDiffs";
    /** The property of the earlier form: each contribution whole (decision 0009). Still read, no longer written. */
    static final String WHOLE = "contributions";

    private static final String DIFFERS = "differs";
    private static final String LACKS = "lacks";
    /** Kept on an element beside its facts: who supports it, how it is stored, and what is derived for the indexes. */
    private static final Set<String> NOT_FACTS = Set.of("datasets", WHOLE, PROPERTY, CitationDatasets.PROPERTY, "degree",
            LesserDegree.PROPERTY);

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .build();

    private ContributionDiff() {
    }

    /**
     * The base a diff is taken against: the element's facts as stored, and a link's type and ends.
     *
     * @param type the relationship type, or null for a node or source
     */
    static Map<String, Object> base(Map<String, Object> properties, String type, String from, String to) {
        Map<String, Object> base = new HashMap<>(properties);
        base.keySet().removeAll(NOT_FACTS);
        if (type != null) {
            base.put("type", type);
            base.put("from", from);
            base.put("to", to);
        }
        return base;
    }

    static String encode(Contribution contribution, Map<String, Object> base) {
        Map<String, Object> differs = new TreeMap<>();
        contribution.facts().forEach((key, value) -> {
            if (!key.equals(Contribution.PLACE) && !same(value, base.get(key))) {
                differs.put(key, value);
            }
        });
        List<String> lacks = base.keySet().stream().filter(k -> !contribution.facts().containsKey(k)).sorted().toList();
        Map<String, Object> diff = new TreeMap<>();
        diff.put(Contribution.PLACE, contribution.facts().getOrDefault(Contribution.PLACE, ""));
        if (!differs.isEmpty()) {
            diff.put(DIFFERS, differs);
        }
        if (!lacks.isEmpty()) {
            diff.put(LACKS, lacks);
        }
        try {
            return JSON.writeValueAsString(diff);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("element properties are plain values", e);
        }
    }

    static Contribution decode(String datasetId, String diffText, Map<String, Object> base) {
        Map<String, Object> diff;
        try {
            diff = JSON.readValue(diffText, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the store holds a damaged contribution of dataset " + datasetId + ": " + e.getMessage(), e);
        }
        Map<String, Object> facts = new HashMap<>(base);
        ((List<?>) diff.getOrDefault(LACKS, List.of())).forEach(facts::remove);
        facts.putAll(asMap(diff.getOrDefault(DIFFERS, Map.of())));
        return Contribution.of(datasetId, facts, String.valueOf(diff.getOrDefault(Contribution.PLACE, "")));
    }

    /**
     * Each supporting dataset's contribution as whole canonical text, whichever form the element is
     * stored in; empty when no dataset claims it (content imported before datasets were kept apart).
     */
    static List<String> wholeTexts(List<String> datasets, Map<String, Object> properties, String type, String from, String to) {
        if (properties.get(PROPERTY) instanceof List<?> diffs) {
            Map<String, Object> base = base(properties, type, from, to);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < Math.min(datasets.size(), diffs.size()); i++) {
                texts.add(decode(datasets.get(i), String.valueOf(diffs.get(i)), base).encode());
            }
            return texts;
        }
        return properties.get(WHOLE) instanceof List<?> whole ? whole.stream().map(String::valueOf).toList() : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    /** Equal as stored: a number is a number whatever its Java type, and a list equal element by element. */
    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return isIntegral(x) && isIntegral(y) ? x.longValue() == y.longValue() : x.doubleValue() == y.doubleValue();
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a != null && a.equals(b);
    }

    private static boolean isIntegral(Number n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
    }
}
