package org.backchannel.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backchannel.model.GraphNode;
import org.backchannel.model.NodeKind;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

    private final List<GraphNode> nodes = List.of(
            node("anatoly-dobrynin", "Anatoly Dobrynin", "Dobrynin", "Анатолий Добрынин"),
            node("henry-kissinger", "Henry Kissinger", "Kissinger"),
            node("volodymyr-zelensky", "Volodymyr Zelensky", "Zelenskyy"),
            node("angstrom", "Åsa Ängström"));

    @Test
    void matchesPrefixesOfWordsIgnoringCaseAndAccents() {
        assertThat(NameMatcher.search(nodes, "dobry", 10)).extracting(GraphNode::id).containsExactly("anatoly-dobrynin");
        assertThat(NameMatcher.search(nodes, "KISS hen", 10)).extracting(GraphNode::id).containsExactly("henry-kissinger");
        assertThat(NameMatcher.search(nodes, "angstrom", 10)).extracting(GraphNode::id).containsExactly("angstrom");
        assertThat(NameMatcher.search(nodes, "добрынин", 10)).extracting(GraphNode::id).containsExactly("anatoly-dobrynin");
    }

    @Test
    void aliasesCountButNameMatchesComeFirst() {
        assertThat(NameMatcher.search(nodes, "zelenskyy", 10)).extracting(GraphNode::id).containsExactly("volodymyr-zelensky");
    }

    @Test
    void anExactNameOrAliasComesBeforeLongerNamesAndBeforeNameMatches() {
        List<GraphNode> similar = List.of(
                node("burns-a", "Ann Burnside"),
                node("burn", "Ann Burn", "A. Burns"),
                node("burns-b", "Ann Burnston"));

        assertThat(NameMatcher.search(similar, "ann burn", 10)).extracting(GraphNode::id).startsWith("burn");
        assertThat(NameMatcher.search(similar, "a burns", 10)).extracting(GraphNode::id).first().isEqualTo("burn");
        assertThat(NameMatcher.isExact(similar.get(1), "ANN  burn")).isTrue();
        assertThat(NameMatcher.isExact(similar.get(0), "ann burn")).isFalse();
    }

    @Test
    void aWordInTheMiddleOfANameDoesNotMatch() {
        assertThat(NameMatcher.search(nodes, "singer", 10)).isEmpty();
        assertThat(NameMatcher.search(nodes, "  ", 10)).isEmpty();
    }

    private static GraphNode node(String id, String name, String... aliases) {
        return new GraphNode(id, NodeKind.ACTOR, name, List.of(aliases), "person", null, null, null, null, null, List.of());
    }
}
