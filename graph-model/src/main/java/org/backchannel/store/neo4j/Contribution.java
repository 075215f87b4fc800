package org.backchannel.store.neo4j;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one dataset says about one element: the properties it gives it (as {@link ElementProperties}
 * makes them), where the dataset says so ({@link #PLACE}), and for a link its type and ends. Stored on
 * the element as canonical JSON, one per supporting dataset, so that the element can be rebuilt from
 * the others when one dataset is re-imported or removed.
 *
 * <p>The canonical text is made on first use: a fresh import needs it only for the dataset's digest, which is
 * worked out on another thread while the import writes ({@link DatasetWriter}).
 */
final class Contribution {

    static final String PLACE = "place";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .build();

    private final String datasetId;
    private final Map<String, Object> facts;
    /** Written at most twice (by two threads asking at once, with the same text), so a plain volatile will do. */
    private volatile String json;

    private Contribution(String datasetId, Map<String, Object> facts, String json) {
        this.datasetId = datasetId;
        this.facts = facts;
        this.json = json;
    }

    static Contribution of(String datasetId, Map<String, Object> properties, String place) {
        // Sorted, so that the encoder does not copy it into a sorted map again (once per element of an import).
        Map<String, Object> facts = new TreeMap<>(properties);
        facts.put(PLACE, place);
        return new Contribution(datasetId, Collections.unmodifiableMap(facts), null);
    }

    static Contribution decode(String datasetId, String json) {
        try {
            return new Contribution(datasetId, Map.copyOf(JSON.readValue(json, new TypeReference<Map<String, Object>>() { })), json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the store holds a damaged contribution of dataset " + datasetId + ": " + e.getMessage(), e);
        }
    }

    /** The same facts always give the same text, so an unchanged contribution is found by comparing text. */
    String encode() {
        String text = json;
        if (text == null) {
            text = encode(facts);
            json = text;
        }
        return text;
    }

    String datasetId() {
        return datasetId;
    }

    Map<String, Object> facts() {
        return facts;
    }

    private static String encode(Map<String, Object> facts) {
        try {
            return JSON.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("element properties are plain values", e);
        }
    }

    String place() {
        Object place = facts.get(PLACE);
        return place == null || place.toString().isEmpty() ? "an import made before datasets were kept apart" : place.toString();
    }
}
