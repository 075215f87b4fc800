package org.backchannel.store.neo4j;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Which dataset cites each of an element's citations (the list parallel to {@code citationSources}). An element
 * one dataset supports, almost every element of a store, does not store the list (decision 0035): every citation
 * is that dataset's, and the list would be one more string list per element for the import to write and commit.
 * Readers take its absence as "the element's own dataset".
 */
final class CitationDatasets {

    static final String PROPERTY = "citationDatasets";

    private CitationDatasets() {
    }

    /** Whether an element supported by these contributions (one per dataset) stores the list. */
    static boolean stored(List<Contribution> contributions) {
        return contributions.size() > 1;
    }

    /**
     * @param stored    the list the element stores, empty when it stores none
     * @param datasets  the datasets that support the element (empty for content imported before datasets existed)
     * @param citations how many citations the element has
     */
    static List<String> of(List<String> stored, List<String> datasets, int citations) {
        return stored.isEmpty() && datasets.size() == 1 ? Collections.nCopies(citations, datasets.get(0)) : stored;
    }

    /**
     * The element's properties with the list as it would be stored in full, so that the content digest does not
     * depend on whether it was left off.
     */
    static void restore(Map<String, Object> properties) {
        if (!properties.containsKey(PROPERTY) && properties.get("datasets") instanceof List<?> datasets && datasets.size() == 1
                && properties.get("citationSources") instanceof List<?> sources) {
            properties.put(PROPERTY, Collections.nCopies(sources.size(), String.valueOf(datasets.get(0))));
        }
    }
}
