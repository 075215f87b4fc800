package org.backchannel.store.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.model.Era;
import org.backchannel.model.YearRange;
import org.junit.jupiter.api.Test;

/** A contribution stored as its difference from the element gives back its whole text, and costs little when alone. */
class ContributionDiffTest {

    private static final MergeOrder UNRELATED = new MergeOrder(Map.of());

    @Test
    void aLinkOneDatasetSupportsStoresOnlyItsPlace() {
        Contribution link = Contribution.of("sheet", facts("id", "x1", "certainty", "reported", "citationSources", List.of("s"),
                "citationQuotes", List.of("a long quote from the source"), "citationNotes", List.of(""), "startYear", 1970L,
                "endYear", 1970L, "eras", Era.of(new YearRange(1970, 1970)).stream().map(Era::code).toList(),
                "type", "SPOKE_WITH", "from", "a", "to", "b"), "sheet.csv:7:1");
        Map<String, Object> base = storedBase(List.of(link), link);

        String diff = ContributionDiff.encode(link, base);

        assertThat(diff).isEqualTo("{\"place\":\"sheet.csv:7:1\"}");
        assertThat(ContributionDiff.decode("sheet", diff, base).encode()).isEqualTo(link.encode());
    }

    @Test
    void contributionsThatDifferFromTheMergedElementGiveBackTheirWholeText() {
        Contribution a = Contribution.of("a", Map.of("id", "alice", "name", "Alice", "aliases", List.of("Al"),
                "citationSources", List.of("s1"), "citationQuotes", List.of("q1"), "citationNotes", List.of(""),
                "startYear", 1970, "endYear", 1971), "a.json:3:5");
        Contribution b = Contribution.of("b", Map.of("id", "alice", "name", "Alice", "description", "A diplomat.",
                "citationSources", List.of("s2"), "citationQuotes", List.of("q2"), "citationNotes", List.of("")), "b.json:9:2");
        Map<String, Object> base = storedBase(List.of(a, b), a);

        for (Contribution c : List.of(a, b)) {
            String diff = ContributionDiff.encode(c, base);
            assertThat(ContributionDiff.decode(c.datasetId(), diff, base).encode()).isEqualTo(c.encode());
        }
        assertThat(ContributionDiff.encode(b, base)).contains("\"lacks\":[", "\"aliases\"", "\"startYear\"");
    }

    @Test
    void theEarlierWholeFormIsReadAsItWas() {
        Contribution whole = Contribution.of("old", Map.of("id", "x", "name", "X"), "old.json:1:1");

        assertThat(ContributionDiff.wholeTexts(List.of("old"), Map.of("id", "x", "name", "X", "datasets", List.of("old"),
                ContributionDiff.WHOLE, List.of(whole.encode())), null, null, null)).containsExactly(whole.encode());
    }

    private static Map<String, Object> facts(Object... keysAndValues) {
        Map<String, Object> facts = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            facts.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return facts;
    }

    /** The element as the store would hold it after merging these contributions: facts, bookkeeping, and a link's ends apart. */
    private static Map<String, Object> storedBase(List<Contribution> contributions, Contribution winner) {
        Map<String, Object> stored = new HashMap<>(ElementMerge.merge(UNRELATED.sort(contributions)));
        stored.put("datasets", contributions.stream().map(Contribution::datasetId).toList());
        stored.put("degree", 3L);
        return ContributionDiff.base(stored, (String) winner.facts().get("type"), (String) winner.facts().get("from"),
                (String) winner.facts().get("to"));
    }
}
