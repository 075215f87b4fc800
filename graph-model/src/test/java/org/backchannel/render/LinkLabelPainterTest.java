package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backchannel.model.ChannelType;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.Secrecy;
import org.junit.jupiter.api.Test;

class LinkLabelPainterTest {

    private final Viewport screen = new Viewport(800, 600, 0, 0, 1);

    @Test
    void linkLabelsAreDrawnOnlyWhenAskedForAndAnExchangeWinsTheSpotItShares() {
        SceneNode a = node("a", -200, 0);
        SceneNode b = node("b", 200, 0);
        SceneNode c = node("c", -200, 2);
        SceneNode d = node("d", 200, 2);
        SceneLink structure = new SceneLink("s", "c", "d", LinkType.AFFILIATED_WITH, null, null, false, false, "affiliated with");
        SceneLink exchange = new SceneLink("x", "a", "b", LinkType.SPOKE_WITH, ChannelType.BACK_CHANNEL, Secrecy.SECRET,
                false, false, "spoke with" + LinkLabelPainter.DATE_MARK + "1970");
        GraphScene scene = new GraphScene(List.of(a, b, c, d), List.of(structure, exchange));

        RecordingPainter without = new RecordingPainter();
        new ScenePainter(Palette.standard(), LevelOfDetail.standard()).paint(scene, screen, without);
        RecordingPainter with = new RecordingPainter();
        new ScenePainter(Palette.standard(), LevelOfDetail.standard(), true).paint(scene, screen, with);

        assertThat(without.texts()).doesNotContain(exchange.label(), structure.label());
        assertThat(with.texts()).contains(exchange.label());
    }

    @Test
    void anExportAskedForLinkLabelsWritesThemIntoTheSvg(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        SceneLink exchange = new SceneLink("x", "a", "b", LinkType.SPOKE_WITH, ChannelType.BACK_CHANNEL, Secrecy.SECRET,
                false, false, "spoke with" + LinkLabelPainter.DATE_MARK + "1970");
        GraphScene scene = new GraphScene(List.of(node("a", -300, 0), node("b", 300, 0)), List.of(exchange));
        java.nio.file.Path plain = folder.resolve("plain.svg");
        java.nio.file.Path labelled = folder.resolve("labelled.svg");

        new SceneExporter(Palette.standard()).writeSvg(scene, ExportOptions.of(1200), List.of(), plain);
        new SceneExporter(Palette.standard(), true).writeSvg(scene, ExportOptions.of(1200), List.of(), labelled);

        assertThat(java.nio.file.Files.readString(plain)).doesNotContain("spoke with");
        assertThat(java.nio.file.Files.readString(labelled)).contains("spoke with" + LinkLabelPainter.DATE_MARK + "1970");
    }

    private static SceneNode node(String id, double x, double y) {
        return new SceneNode(id, NodeKind.ACTOR, "", x, y, 8, false, false, false, false);
    }
}
