package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.backchannel.model.LinkType;
import org.junit.jupiter.api.Test;

/** The pointer's link over a scene and its decoration is the one picking finds over the scene built with the decoration. */
class LinkPickerTest {

    @Test
    void itPicksWhatPickingOverTheDecoratedScenePicksAtEveryPoint() {
        SplittableRandom random = new SplittableRandom(11);
        List<SceneNode> nodes = new ArrayList<>();
        for (SceneNode n : TestScenes.grid(60, 1)) {
            nodes.add(new SceneNode(n.id(), n.kind(), n.label(), random.nextDouble(0, 400), random.nextDouble(0, 300), 2,
                    false, false, false, false));
        }
        List<SceneLink> links = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            links.add(TestScenes.link("l" + i, "n" + random.nextInt(60), "n" + random.nextInt(60), LinkType.SPOKE_WITH));
        }
        GraphScene plain = new GraphScene(nodes, links);
        SceneDecoration decoration = new SceneDecoration(Set.of("n3"), Set.of("l1", "l2", "l7", "n4"));
        GraphScene decorated = new GraphScene(nodes.stream().map(decoration::on).toList(), links.stream().map(decoration::on).toList());
        Viewport view = new Viewport(400, 300, 200, 150, 1);
        LinkPicker picker = new LinkPicker();

        int picked = 0;
        for (int i = 0; i < 2_000; i++) {
            double x = random.nextDouble(0, 400);
            double y = random.nextDouble(0, 300);
            String expected = ScenePicking.linkAt(decorated, view, x, y, 4);
            assertThat(picker.linkAt(plain, decoration, view, x, y, 4)).as("at %s, %s", x, y).isEqualTo(expected);
            picked += expected == null ? 0 : 1;
        }
        assertThat(picked).as("points that have a link near").isGreaterThan(100);
    }
}
