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
                        i % 2 == 0, i % 3 == 0, "label " + i));
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
}
