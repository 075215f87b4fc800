package org.backchannel.store.neo4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * An element as the store holds it: its id, the datasets that support it and the whole canonical text of
 * each one's contribution (rebuilt from its stored diff, {@link ContributionDiff}). The texts are parsed
 * only when the element is rewritten: an unchanged contribution is recognised by its text alone.
 */
record StoredElement(String id, List<String> datasets, List<String> texts) {

    StoredElement {
        datasets = List.copyOf(datasets);
        texts = List.copyOf(texts);
    }

    /**
     * A row with {@code id}, {@code datasets}, the element's {@code props}, and for a link its {@code type},
     * {@code from} and {@code to} (null for a node or source); its contributions in either stored form.
     */
    static StoredElement of(Record row) {
        List<String> datasets = row.get("datasets").asList(Value::asString, List.of());
        List<String> texts = ContributionDiff.wholeTexts(datasets, row.get("props").asMap(), nullable(row, "type"),
                nullable(row, "from"), nullable(row, "to"));
        int n = Math.min(datasets.size(), texts.size());
        return new StoredElement(row.get("id").asString(), datasets.subList(0, n), texts.subList(0, n));
    }

    /** Built from decoded contributions, for tests and for what was just migrated. */
    static StoredElement of(String id, List<Contribution> contributions) {
        return new StoredElement(id, contributions.stream().map(Contribution::datasetId).toList(),
                contributions.stream().map(Contribution::encode).toList());
    }

    private static String nullable(Record row, String key) {
        return row.get(key).isNull() ? null : row.get(key).asString();
    }

    boolean supportedBy(String datasetId) {
        return datasets.contains(datasetId);
    }

    Optional<String> textOf(String datasetId) {
        int i = datasets.indexOf(datasetId);
        return i < 0 ? Optional.empty() : Optional.of(texts.get(i));
    }

    List<Contribution> contributions() {
        List<Contribution> all = new ArrayList<>();
        for (int i = 0; i < datasets.size(); i++) {
            all.add(Contribution.decode(datasets.get(i), texts.get(i)));
        }
        return all;
    }

    List<Contribution> others(String datasetId) {
        return contributions().stream().filter(c -> !c.datasetId().equals(datasetId)).toList();
    }
}
