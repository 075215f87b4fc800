package org.backchannel.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.store.GraphFilter;
import org.junit.jupiter.api.Test;

class SceneMeasuresTest {

    /** Two groups of four, everyone linked within a group, and one link between a3 and b0. */
    private static LoadedGraph twoGroupsAndABridge() {
        List<GraphNode> nodes = new ArrayList<>();
        List<GraphLink> links = new ArrayList<>();
        for (String group : List.of("a", "b")) {
            for (int i = 0; i < 4; i++) {
                nodes.add(new GraphNode(group + i, NodeKind.ACTOR, group + i, List.of(), "person", null, null, null, null, null,
                        List.of()));
                for (int j = 0; j < i; j++) {
                    links.add(link(group + j + "-" + group + i, group + j, group + i));
                }
            }
        }
        links.add(link("bridge", "a3", "b0"));
        return LoadedGraph.of(nodes, links);
    }

    private static GraphLink link(String id, String from, String to) {
        return new GraphLink(id, LinkType.SPOKE_WITH, from, to, null, null, null, null, null, List.of());
    }

    @Test
    void theEndsOfTheBridgeLieBetweenTheGroupsAndRankFirst() {
        Map<String, NodeMeasures> byId = byId(SceneMeasures.of(twoGroupsAndABridge(), GraphFilter.ALL));
        assertThat(byId.get("a3").degree()).isEqualTo(4);
        assertThat(byId.get("a0").degree()).isEqualTo(3);
        assertThat(byId.get("a3").betweenness()).isGreaterThan(byId.get("a0").betweenness());
        assertThat(byId.get("b0").betweenness()).isEqualTo(byId.get("a3").betweenness());
        assertThat(byId.get("a0").betweenness()).isZero();
        assertThat(byId.get("a3").pageRank()).isGreaterThan(byId.get("a0").pageRank());
        assertThat(SceneMeasures.of(twoGroupsAndABridge(), GraphFilter.ALL).get(0).nodeId()).isIn("a3", "b0");
    }

    @Test
    void theGroupsAreTwoCommunitiesAndThePageRanksSumToOne() {
        List<NodeMeasures> measures = SceneMeasures.of(twoGroupsAndABridge(), GraphFilter.ALL);
        Map<String, NodeMeasures> byId = byId(measures);
        assertThat(List.of("a1", "a2", "a3")).allSatisfy(id -> assertThat(byId.get(id).community()).isEqualTo(byId.get("a0").community()));
        assertThat(List.of("b1", "b2", "b3")).allSatisfy(id -> assertThat(byId.get(id).community()).isEqualTo(byId.get("b0").community()));
        assertThat(byId.get("a0").community()).isNotEqualTo(byId.get("b0").community());
        assertThat(measures.stream().mapToDouble(NodeMeasures::pageRank).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void theSameSceneGivesTheSameMeasuresEveryTime() {
        assertThat(SceneMeasures.of(twoGroupsAndABridge(), GraphFilter.ALL))
                .isEqualTo(SceneMeasures.of(twoGroupsAndABridge(), GraphFilter.ALL));
    }

    private static Map<String, NodeMeasures> byId(List<NodeMeasures> measures) {
        return measures.stream().collect(Collectors.toMap(NodeMeasures::nodeId, Function.identity()));
    }
}
