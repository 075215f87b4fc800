package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.ChannelType;
import org.backchannel.model.LinkType;
import org.backchannel.model.Secrecy;
import org.junit.jupiter.api.Test;

/** A scene's links kept as columns read back as the records they were made from. */
class SceneLinksTest {

    @Test
    void everyFieldOfEveryLinkComesBack() {
        List<SceneLink> links = new ArrayList<>();
        int i = 0;
        for (LinkType type : LinkType.values()) {
            for (ChannelType channel : ChannelType.values()) {
                links.add(new SceneLink("l" + i, "a" + i, "b" + i, type, channel, Secrecy.values()[i % Secrecy.values().length],
                        i % 2 == 0, i % 3 == 0, "label " + i, i % 5 == 0));
                i++;
            }
        }
        links.add(new SceneLink("other", "a", "b", null, null, null, false, false));

        GraphScene scene = new GraphScene(List.of(), links);

        assertThat(scene.links()).isEqualTo(links).hasSameHashCodeAs(links);
        assertThat(new GraphScene(List.of(), scene.links()).links()).isSameAs(scene.links());
        assertThatThrownBy(() -> scene.links().add(links.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theListKeepsNoLinkThatItsCallerChangesLater() {
        List<SceneLink> links = new ArrayList<>(List.of(new SceneLink("x", "a", "b", LinkType.SPOKE_WITH, null, null, false, false)));
        GraphScene scene = new GraphScene(List.of(), links);

        links.clear();

        assertThat(scene.links()).extracting(SceneLink::id).containsExactly("x");
    }

    @Test
    void endsInTheSceneAreNumberedOverItsNodesAndOthersKeptByName() {
        List<SceneNode> nodes = List.of(node("a"), node("b"));
        List<SceneLink> links = List.of(new SceneLink("ab", "a", "b", LinkType.SPOKE_WITH, null, null, false, false),
                new SceneLink("ba", "b", "a", LinkType.SPOKE_WITH, null, null, false, false),
                new SceneLink("ax", "a", "x", LinkType.SPOKE_WITH, null, null, false, false));

        GraphScene scene = new GraphScene(nodes, links);
        SceneIndex index = SceneIndex.of(scene, null);

        assertThat(scene.links()).isEqualTo(links);
        assertThat(index.from).containsExactly(0, 1, 0);
        assertThat(index.to).containsExactly(1, 0, -1);
        assertThat(new GraphScene(List.of(node("b"), node("a")), scene.links()).links()).isEqualTo(links);
    }

    private static SceneNode node(String id) {
        return new SceneNode(id, org.backchannel.model.NodeKind.values()[0], id, 0, 0, 5, false, false, false, false);
    }
}
