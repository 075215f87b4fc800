package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.ChannelType;
import org.backchannel.model.IdColumn;
import org.backchannel.model.LinkType;
import org.backchannel.model.Secrecy;
import org.backchannel.model.SharedLinkColumns;
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
        SharedLinkColumns graph = new SharedLinkColumns(column, new int[] {0, 0, 0, 0, 0}, new int[] {1, 1, 1, 1, 1});

        GraphScene shared = GraphScene.sharing(nodes, links, null, graph);
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
        assertThat(GraphScene.sharing(nodes, stray, null, graph).links()).isEqualTo(stray);
        List<SceneLink> backwards = List.of(links.get(2), links.get(1), links.get(0));
        assertThat(GraphScene.sharing(nodes, backwards, null, graph).links()).isEqualTo(backwards);
    }

    @Test
    void aSceneOfTheWholeGraphSharesItsIdsAndEndsAndKeepsNoNumbers() {
        List<SceneNode> nodes = List.of(node("a"), node("b"), node("c"));
        List<SceneLink> links = List.of(new SceneLink("ab", "a", "b", LinkType.SPOKE_WITH, null, null, false, false, "x"),
                new SceneLink("bc", "b", "c", LinkType.SPOKE_WITH, null, null, false, false, "y"),
                new SceneLink("ca", "c", "a", LinkType.SPOKE_WITH, null, null, false, false, "x"));
        int[] from = {0, 1, 2};
        int[] to = {1, 2, 0};
        SharedLinkColumns graph = new SharedLinkColumns(IdColumn.of(List.of("ab", "bc", "ca")), from, to);

        GraphScene whole = GraphScene.sharing(nodes, links, null, graph);
        SceneIndex index = SceneIndex.of(whole, null);
        // Its nodes in another order: the ends are other numbers, so the scene keeps its own.
        GraphScene turned = GraphScene.sharing(List.of(node("c"), node("b"), node("a")), links, null, graph);

        assertThat(whole.links()).isEqualTo(links);
        assertThat(index.from).isSameAs(from);
        assertThat(index.to).isSameAs(to);
        assertThat(((SceneLinks) whole.links()).indexOf("ca")).isEqualTo(2);
        assertThat(turned.links()).isEqualTo(links);
        assertThat(SceneIndex.of(turned, null).from).isNotSameAs(from).containsExactly(2, 1, 0);
    }

    private static SceneNode node(String id) {
        return new SceneNode(id, org.backchannel.model.NodeKind.values()[0], id, 0, 0, 5, false, false, false, false);
    }
}
