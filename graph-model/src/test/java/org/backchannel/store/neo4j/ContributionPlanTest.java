package org.backchannel.store.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How contributions of several datasets make one element, and what an import or a removal plans to write. */
class ContributionPlanTest {

    private static final MergeOrder UNRELATED = new MergeOrder(Map.of());

    @Test
    void fieldsOnlyOneDatasetGivesAreTakenAndCitationsAreJoinedWithTheirDatasets() {
        Contribution a = node("a", Map.of("name", "Alice", "citationSources", List.of("s1"), "citationQuotes", List.of("q1"),
                "citationNotes", List.of(""), "aliases", List.of("Al")));
        Contribution b = node("b", Map.of("name", "Alice", "description", "A diplomat.", "citationSources", List.of("s2"),
                "citationQuotes", List.of("q2"), "citationNotes", List.of(""), "aliases", List.of("Ally", "Al")));

        Map<String, Object> merged = ElementMerge.merge(UNRELATED.sort(List.of(b, a)));

        assertThat(merged).containsEntry("name", "Alice").containsEntry("description", "A diplomat.")
                .containsEntry("citationQuotes", List.of("q1", "q2")).containsEntry("citationDatasets", List.of("a", "b"))
                .containsEntry("aliases", List.of("Al", "Ally"));
        assertThat(merged).doesNotContainKey(Contribution.PLACE);
    }

    @Test
    void anElementOneDatasetSupportsLeavesItsCitationsDatasetsToBeReadFromItsDatasets() {
        Contribution a = node("a", Map.of("name", "Alice", "citationSources", List.of("s1", "s2"), "citationQuotes",
                List.of("q1", "q2"), "citationNotes", List.of("", "")));

        Map<String, Object> merged = ElementMerge.merge(List.of(a));

        assertThat(merged).containsEntry("citationQuotes", List.of("q1", "q2")).doesNotContainKey(CitationDatasets.PROPERTY);
        assertThat(CitationDatasets.of(List.of(), List.of("a"), 2)).containsExactly("a", "a");
        Map<String, Object> stored = new HashMap<>(merged);
        stored.put("datasets", List.of("a"));
        CitationDatasets.restore(stored);
        assertThat(stored).as("as the content digest counts it").containsEntry(CitationDatasets.PROPERTY, List.of("a", "a"));
    }

    @Test
    void yearsSpanEveryContribution() {
        Contribution a = node("a", Map.of("name", "X", "startYear", 1970L, "endYear", 1971L));
        Contribution b = node("b", Map.of("name", "X", "startYear", 1969L, "endYear", 1970L));

        assertThat(ElementMerge.merge(List.of(a, b))).containsEntry("startYear", 1969L).containsEntry("endYear", 1971L);
    }

    @Test
    void aContradictionIsAConflictNamingBothPlacesUnlessOneDatasetRevisesTheOther() {
        Contribution stored = node("old", Map.of("name", "Alice"));
        Contribution incoming = node("new", Map.of("name", "Alicia"));
        Map<String, StoredElement> store = Map.of("alice", StoredElement.of("alice", List.of(stored)));

        ContributionPlan refused = ContributionPlan.of("node", "new", Map.of("alice", incoming), store, UNRELATED, false);
        ContributionPlan revised = ContributionPlan.of("node", "new", Map.of("alice", incoming), store,
                new MergeOrder(Map.of("new", List.of("old"))), false);

        assertThat(refused.conflicts).singleElement().asString()
                .contains("new.json:1:1", "old.json:1:1", "\"Alicia\"", "\"Alice\"", "revises");
        assertThat(revised.conflicts).isEmpty();
        assertThat(revised.writes).singleElement().satisfies(w -> {
            assertThat(w.properties()).containsEntry("name", "Alicia").containsEntry("datasets", List.of("new", "old"));
            assertThat(w.winner().datasetId()).isEqualTo("new");
        });
    }

    @Test
    void anUnchangedContributionIsNotWrittenAndARemovedOneLeavesTheOthers() {
        Contribution mine = node("mine", Map.of("name", "Boris"));
        Contribution theirs = node("theirs", Map.of("name", "Boris"));
        Map<String, StoredElement> store = Map.of(
                "boris", StoredElement.of("boris", List.of(mine, theirs)),
                "only-mine", StoredElement.of("only-mine", List.of(node("mine", Map.of("name", "Carol")))));

        ContributionPlan again = ContributionPlan.of("node", "mine", Map.of("boris", mine,
                "only-mine", node("mine", Map.of("name", "Carol"))), store, UNRELATED, false);
        ContributionPlan removal = ContributionPlan.of("node", "mine", Map.of(), store, UNRELATED, false);

        assertThat(again.changes()).isZero();
        assertThat(removal.deletions).extracting(StoredElement::id).containsExactly("only-mine");
        assertThat(removal.writes).singleElement().satisfies(w ->
                assertThat(w.properties()).containsEntry("datasets", List.of("theirs")));
    }

    @Test
    void aRevisionChainOrdersTheMerge() {
        MergeOrder order = new MergeOrder(Map.of("c", List.of("b"), "b", List.of("a")));
        List<Contribution> sorted = order.sort(List.of(node("a", Map.of()), node("c", Map.of()), node("b", Map.of())));

        assertThat(sorted).extracting(Contribution::datasetId).containsExactly("c", "b", "a");
        assertThat(order.eitherRevises("a", "c")).isTrue();
    }

    private static Contribution node(String dataset, Map<String, Object> facts) {
        Map<String, Object> all = new HashMap<>(facts);
        all.put("id", "alice");
        return Contribution.of(dataset, all, dataset + ".json:1:1");
    }
}
