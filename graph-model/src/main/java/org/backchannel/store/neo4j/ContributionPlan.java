package org.backchannel.store.neo4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What importing (or removing) one dataset does to one family of elements — sources, nodes or links:
 * which elements get new properties, which lose their last supporting dataset, and which facts
 * contradict another dataset. Pure: it reads nothing and writes nothing.
 */
final class ContributionPlan {

    /**
     * An element to write whole.
     *
     * @param winner   the contribution whose values come first (a link's type and ends come from it)
     * @param previous the winner before this import, when there was one
     * @param isNew    whether the store has no such element yet, so that it can be created rather than merged
     */
    record Write(String id, Map<String, Object> properties, Contribution winner, Optional<Contribution> previous,
                 boolean isNew) {
    }

    final List<Write> writes = new ArrayList<>();
    final List<StoredElement> deletions = new ArrayList<>();
    final List<String> conflicts = new ArrayList<>();
    private final String what;
    private final String datasetId;
    private final MergeOrder order;

    private ContributionPlan(String what, String datasetId, MergeOrder order) {
        this.what = what;
        this.datasetId = datasetId;
        this.order = order;
    }

    /**
     * @param what     "source", "node" or "link", for messages
     * @param incoming the dataset's contribution to each element, by id; empty to remove the dataset
     * @param stored   the stored elements with any of these ids or supported by the dataset, by id
     * @param rewrite  whether to rewrite elements whose contribution is unchanged (when the dataset's
     *                 place in the merge order changed)
     */
    static ContributionPlan of(String what, String datasetId, Map<String, Contribution> incoming,
                               Map<String, StoredElement> stored, MergeOrder order, boolean rewrite) {
        ContributionPlan plan = new ContributionPlan(what, datasetId, order);
        Set<String> ids = new LinkedHashSet<>(incoming.keySet());
        stored.values().stream().filter(s -> s.supportedBy(datasetId)).forEach(s -> ids.add(s.id()));
        for (String id : ids) {
            plan.add(id, Optional.ofNullable(incoming.get(id)), Optional.ofNullable(stored.get(id)), rewrite);
        }
        return plan;
    }

    int changes() {
        return writes.size() + deletions.size();
    }

    private void add(String id, Optional<Contribution> mine, Optional<StoredElement> stored, boolean rewrite) {
        Optional<String> old = stored.flatMap(s -> s.textOf(datasetId));
        if (!rewrite && mine.isPresent() && old.isPresent() && mine.get().encode().equals(old.get())) {
            return;
        }
        List<Contribution> others = stored.map(s -> s.others(datasetId)).orElse(List.of());
        mine.ifPresent(m -> others.forEach(o -> checkAgreement(id, m, o)));
        List<Contribution> remaining = new ArrayList<>(others);
        mine.ifPresent(remaining::add);
        if (remaining.isEmpty()) {
            deletions.add(stored.orElseThrow());
            return;
        }
        List<Contribution> ordered = order.sort(remaining);
        Map<String, Object> properties = new HashMap<>(ElementMerge.merge(ordered));
        List<Contribution> byDataset = remaining.stream().sorted((a, b) -> a.datasetId().compareTo(b.datasetId())).toList();
        properties.put("datasets", byDataset.stream().map(Contribution::datasetId).toList());
        // Each contribution is stored as its difference from what the element now shows, a link's type and ends included.
        Map<String, Object> winner = ordered.get(0).facts();
        Map<String, Object> base = ContributionDiff.base(properties, (String) winner.get("type"), (String) winner.get("from"),
                (String) winner.get("to"));
        properties.put(ContributionDiff.PROPERTY, byDataset.stream().map(c -> ContributionDiff.encode(c, base)).toList());
        Optional<Contribution> previous = stored.filter(s -> !s.datasets().isEmpty())
                .map(s -> order.sort(s.contributions()).get(0));
        writes.add(new Write(id, properties, ordered.get(0), previous, stored.isEmpty()));
    }

    private void checkAgreement(String id, Contribution mine, Contribution other) {
        List<String> fields = ElementMerge.disagreements(mine, other);
        if (fields.isEmpty() || order.eitherRevises(datasetId, other.datasetId())) {
            return;
        }
        for (String field : fields) {
            conflicts.add(mine.place() + ": " + what + " \"" + id + "\" has " + field + " " + shown(mine.facts().get(field))
                    + " in dataset " + datasetId + ", but " + shown(other.facts().get(field)) + " in dataset "
                    + other.datasetId() + " at " + other.place()
                    + " — make the two agree, or say \"revises\": [\"" + other.datasetId() + "\"] in the dataset that corrects the other");
        }
    }

    private static String shown(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }
}
