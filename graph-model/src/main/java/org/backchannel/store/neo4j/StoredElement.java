package org.backchannel.store.neo4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** An element as the store holds it: its id and the contribution of each dataset that supports it. */
record StoredElement(String id, List<Contribution> contributions) {

    StoredElement {
        contributions = List.copyOf(contributions);
    }

    /** A row with {@code id}, {@code datasets} and {@code contributions} (the JSON texts, parallel to the datasets). */
    static StoredElement of(Record row) {
        List<String> datasets = row.get("datasets").asList(Value::asString, List.of());
        List<String> texts = row.get("contributions").asList(Value::asString, List.of());
        List<Contribution> contributions = new ArrayList<>();
        for (int i = 0; i < Math.min(datasets.size(), texts.size()); i++) {
            contributions.add(Contribution.decode(datasets.get(i), texts.get(i)));
        }
        return new StoredElement(row.get("id").asString(), contributions);
    }

    Optional<Contribution> of(String datasetId) {
        return contributions.stream().filter(c -> c.datasetId().equals(datasetId)).findFirst();
    }

    List<Contribution> others(String datasetId) {
        return contributions.stream().filter(c -> !c.datasetId().equals(datasetId)).toList();
    }
}
