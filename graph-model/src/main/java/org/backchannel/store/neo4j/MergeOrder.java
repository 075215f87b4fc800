package org.backchannel.store.neo4j;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which dataset's value an element shows when datasets disagree: a dataset that revises another
 * (directly or through others) comes before it; unrelated datasets, which must agree, by id.
 */
final class MergeOrder {

    private final Map<String, List<String>> revises;

    /** @param revises for each dataset id, the ids of the datasets it revises */
    MergeOrder(Map<String, List<String>> revises) {
        this.revises = Map.copyOf(revises);
    }

    boolean eitherRevises(String a, String b) {
        return revised(a).contains(b) || revised(b).contains(a);
    }

    List<Contribution> sort(Collection<Contribution> contributions) {
        return contributions.stream()
                .sorted(Comparator.comparingInt((Contribution c) -> -revised(c.datasetId()).size())
                        .thenComparing(Contribution::datasetId))
                .toList();
    }

    /** Every dataset {@code id} revises, directly or through the ones it revises; a cycle ends the walk. */
    private Set<String> revised(String id) {
        Set<String> seen = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(revises.getOrDefault(id, List.of()));
        while (!next.isEmpty()) {
            String d = next.pop();
            if (!d.equals(id) && seen.add(d)) {
                next.addAll(revises.getOrDefault(d, List.of()));
            }
        }
        return seen;
    }
}
