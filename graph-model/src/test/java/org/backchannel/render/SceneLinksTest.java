package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.ChannelType;
import org.backchannel.model.IdColumn;
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

    @Test
    void linksSharingAColumnOfIdsReadAndFindThemAsLinksWithTheirOwn() {
        List<SceneNode> nodes = List.of(node("a"), node("b"));
        List<String> graphIds = List.of("l0", "l1", "l2", "l3", "l4");
        List<SceneLink> links = new ArrayList<>();
        for (String id : List.of("l1", "l3", "l4")) {
            links.add(new SceneLink(id, "a", "b", LinkType.SPOKE_WITH, null, null, false, false));
        }
        IdColumn column = IdColumn.of(graphIds);

        GraphScene shared = GraphScene.sharingLinkIds(nodes, links, null, column);
        SceneLinks columns = (SceneLinks) shared.links();

        assertThat(shared.links()).isEqualTo(links);
        for (int i = 0; i < links.size(); i++) {
            assertThat(columns.indexOf(links.get(i).id())).isEqualTo(i);
        }
        assertThat(columns.indexOf("l2")).isEqualTo(-1);
        assertThat(columns.indexOf("l9")).isEqualTo(-1);
        assertThat(new GraphScene(List.of(node("b"), node("a")), shared.links()).links()).isEqualTo(links);
        // Ids the column lacks, or not in its order, and the scene keeps its own.
        List<SceneLink> stray = List.of(links.get(0), new SceneLink("z", "a", "b", LinkType.SPOKE_WITH, null, null, false, false));
        assertThat(GraphScene.sharingLinkIds(nodes, stray, null, column).links()).isEqualTo(stray);
        List<SceneLink> backwards = List.of(links.get(2), links.get(1), links.get(0));
        assertThat(GraphScene.sharingLinkIds(nodes, backwards, null, column).links()).isEqualTo(backwards);
    }

    private static SceneNode node(String id) {
        return new SceneNode(id, org.backchannel.model.NodeKind.values()[0], id, 0, 0, 5, false, false, false, false);
    }
}
