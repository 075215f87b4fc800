package org.backchannel.app.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.BundledDataset;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.HighlightSource;
import org.backchannel.model.Dataset;
import org.backchannel.render.GraphScene;
import org.backchannel.render.SceneDecoration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The canvas's scene is built again for what it holds, never for a hover or a selection (drawn over it instead). */
class SceneCacheTest {

    private final Exploration exploration = new Exploration();
    private final SceneCache scenes = new SceneCache(exploration);
    private List<String> ids;

    @BeforeEach
    void openTheArticle() throws Exception {
        Dataset dataset = BundledDataset.load();
        exploration.load(LoadedGraph.of(dataset.nodes(), dataset.links()));
        ids = exploration.visible().nodeIds().stream().sorted().toList();
        exploration.commands().place(ids, ids.stream().mapToDouble(String::length).toArray(),
                ids.stream().mapToDouble(id -> id.hashCode() % 100).toArray());
        exploration.addListener(scenes::follow);
    }

    @Test
    void hoveringAndSelectingChangeTheDecorationAndKeepTheSceneObject() {
        GraphScene before = scenes.current();
        String hovered = ids.get(0);

        exploration.highlight(HighlightSource.HOVER, SceneBuilder.neighbourhood(exploration.graph(), exploration.visible(), hovered));
        exploration.select(ids.get(1), false);

        assertThat(scenes.current()).isSameAs(before);
        SceneDecoration decoration = scenes.decoration();
        assertThat(decoration.highlighted()).contains(hovered);
        assertThat(decoration.selected()).containsExactly(ids.get(1));
        assertThat(before.nodes()).as("the scene holds no looks").noneMatch(n -> n.selected() || n.highlighted() || n.dimmed());

        exploration.highlight(HighlightSource.HOVER, Set.of());
        assertThat(scenes.decoration().highlighted()).isEmpty();
        assertThat(scenes.current()).isSameAs(before);
    }

    @Test
    void hidingANodeBuildsTheSceneAgain() {
        GraphScene before = scenes.current();

        exploration.commands().hide(List.of(ids.get(0)));

        assertThat(scenes.current()).isNotSameAs(before);
        assertThat(scenes.current().nodes()).hasSize(before.nodes().size() - 1);
    }
}
