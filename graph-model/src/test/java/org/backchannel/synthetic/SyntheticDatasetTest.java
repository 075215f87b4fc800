package org.backchannel.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backchannel.model.Dataset;
import org.backchannel.model.EraDerivation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.junit.jupiter.api.Test;

class SyntheticDatasetTest {

    private static final SyntheticSize SMALL = new SyntheticSize("test", 2_000, 10_000);

    @Test
    void hasTheRequestedSizeAndIsTheSameForTheSameSeed() {
        Dataset first = SyntheticDataset.generate(SMALL, Shape.SCALE_FREE, 11);
        Dataset again = SyntheticDataset.generate(SMALL, Shape.SCALE_FREE, 11);
        Dataset other = SyntheticDataset.generate(SMALL, Shape.SCALE_FREE, 12);

        assertThat(first.nodes()).hasSize(2_000);
        assertThat(first.links()).hasSize(10_000);
        assertThat(again).isEqualTo(first);
        assertThat(other.links()).isNotEqualTo(first.links());
    }

    @Test
    void everyLinkJoinsKindsItsTypeAllowsWithWhatItsTypeNeeds() {
        Dataset dataset = SyntheticDataset.generate(SMALL, Shape.UNIFORM, 3);
        Map<String, GraphNode> nodes = dataset.nodes().stream().collect(Collectors.toMap(GraphNode::id, Function.identity()));

        assertThat(nodes).hasSize(dataset.nodes().size());
        for (GraphLink link : dataset.links()) {
            assertThat(link.type().fromKinds()).contains(nodes.get(link.fromId()).kind());
            assertThat(link.type().toKinds()).contains(nodes.get(link.toId()).kind());
            assertThat(link.channelId() != null).isEqualTo(link.type().needsChannel());
            if (link.channelId() != null) {
                assertThat(nodes.get(link.channelId()).kind()).isEqualTo(NodeKind.CHANNEL);
            }
            assertThat(link.role() != null).isEqualTo(link.type().needsRole());
        }
        assertThat(dataset.links().stream().map(GraphLink::type).collect(Collectors.toSet())).containsAll(Set.of(LinkType.values()));
    }

    @Test
    void nodesCarryTheirKindsVocabularyAndDatesSpreadOverDecades() {
        Dataset dataset = SyntheticDataset.generate(SMALL, Shape.UNIFORM, 3);

        for (GraphNode node : dataset.nodes()) {
            if (node.kind().needsCategory()) {
                assertThat(node.kind().categories()).contains(node.category());
            }
            assertThat(node.channelType() != null).isEqualTo(node.kind() == NodeKind.CHANNEL);
        }
        EraDerivation eras = EraDerivation.of(dataset.nodes(), dataset.links());
        var years = dataset.nodes().stream().map(n -> eras.nodeYears(n.id())).flatMap(java.util.Optional::stream)
                .mapToInt(y -> y.from()).summaryStatistics();
        assertThat(years.getMin()).isLessThan(1955);
        assertThat(years.getMax()).isGreaterThan(2015);
        assertThat(dataset.nodes().stream().map(GraphNode::kind).collect(Collectors.toSet())).containsAll(Set.of(NodeKind.values()));
    }

    @Test
    void scaleFreeGraphsHaveHubsThatUniformOnesLack() {
        int uniformHub = maxDegree(SyntheticDataset.generate(SMALL, Shape.UNIFORM, 5));
        int scaleFreeHub = maxDegree(SyntheticDataset.generate(SMALL, Shape.SCALE_FREE, 5));

        // 10,000 links over 2,000 nodes: a mean degree of 10; uniform stays within a few times that.
        assertThat(scaleFreeHub).isGreaterThan(3 * uniformHub);
    }

    private static int maxDegree(Dataset dataset) {
        Map<String, Integer> degree = new HashMap<>();
        for (GraphLink link : dataset.links()) {
            degree.merge(link.fromId(), 1, Integer::sum);
            degree.merge(link.toId(), 1, Integer::sum);
        }
        return degree.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    @Test
    void namedSizesParse() {
        assertThat(SyntheticSize.parse("m")).isEqualTo(SyntheticSize.M);
        assertThat(SyntheticSize.parse("1M").nodes()).isEqualTo(1_000_000);
        assertThat(Shape.parse("scale-free")).isEqualTo(Shape.SCALE_FREE);
    }
}
