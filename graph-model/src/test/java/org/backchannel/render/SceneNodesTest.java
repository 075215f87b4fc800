package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.NodeKind;
import org.junit.jupiter.api.Test;

/** A scene's nodes kept as columns read back as the records they were made from, and its index culls with them. */
class SceneNodesTest {

    @Test
    void everyFieldOfEveryNodeComesBack() {
        List<SceneNode> nodes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            NodeKind kind = i == 3 ? null : NodeKind.values()[i % NodeKind.values().length];
            nodes.add(new SceneNode("n" + i, kind, "label " + i, i * 1.5, -i, i % 4, i % 2 == 0, i % 3 == 0, i % 5 == 0,
                    i % 7 == 0, i == 3 ? "Person:Spy" : null, i % 6 - 1));
        }
        List<SceneNode> byKind = nodes.stream().map(n -> new SceneNode(n.id(), n.kind(), n.label(), n.x(), n.y(), n.radius(),
                n.selected(), n.highlighted(), n.dimmed(), n.pinned(), n.group())).toList();

        GraphScene scene = new GraphScene(nodes, List.of());
        SceneIndex index = SceneIndex.of(scene, null);

        assertThat(scene.nodes()).isEqualTo(nodes).hasSameHashCodeAs(nodes);
        assertThat(new GraphScene(byKind, List.of()).nodes()).isEqualTo(byKind);
        assertThat(new GraphScene(scene.nodes(), List.of()).nodes()).isSameAs(scene.nodes());
        assertThat(index.xs).containsExactly(nodes.stream().mapToDouble(SceneNode::x).toArray());
        assertThat(index.maxY).isZero();
        assertThat(index.maxRadius).isEqualTo(3);
        assertThatThrownBy(() -> scene.nodes().add(nodes.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }
}
