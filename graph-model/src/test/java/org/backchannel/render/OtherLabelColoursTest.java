package org.backchannel.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backchannel.model.NodeKind;
import org.junit.jupiter.api.Test;

/** Labels of someone else's database that stay "other" get a colour and a legend entry each, not one grey class. */
class OtherLabelColoursTest {

    private static SceneNode other(String id, String group) {
        return new SceneNode(id, null, id, 0, 0, 5, false, false, false, false, group);
    }

    @Test
    void eachOtherLabelIsItsOwnLegendEntryAndTheUngroupedStayOther() {
        GraphScene scene = new GraphScene(List.of(other("a", "Topic"), other("b", "Place"), other("c", "Topic"), other("d", null),
                new SceneNode("e", NodeKind.ACTOR, "e", 0, 0, 5, false, false, false, false)), List.of());
        LegendContent content = LegendContent.of(scene);
        assertThat(content.otherGroups()).containsExactly("Place", "Topic");
        assertThat(content.unknownKind()).isTrue();
        assertThat(content.kinds()).containsExactly(NodeKind.ACTOR);
    }

    @Test
    void otherLabelsHaveDistinctColoursApartFromTheKindsAndTheGreyOfUnknownNodes() {
        Palette palette = Palette.standard();
        List<String> labels = List.of("OtherLabelColoursTest-1", "OtherLabelColoursTest-2", "OtherLabelColoursTest-3");
        List<Integer> fills = labels.stream().map(palette::otherFill).toList();
        assertThat(fills).doesNotHaveDuplicates().doesNotContain(palette.unknownKindFill());
        for (NodeKind kind : NodeKind.values()) {
            assertThat(fills).doesNotContain(palette.nodeFill(kind));
        }
        assertThat(palette.otherFill(labels.get(1))).isEqualTo(fills.get(1));
        assertThat(palette.nodeFill(null, labels.get(0))).isEqualTo(fills.get(0));
    }

    @Test
    void thePerspectivesOrderDecidesTheColoursNotTheOrderTheyAreDrawnIn() {
        Palette palette = Palette.standard();
        List<String> perspectiveOrder = List.of("OtherLabelColoursTest-Place", "OtherLabelColoursTest-Topic");
        Palette.orderOtherLabels(perspectiveOrder);
        List<Integer> window = perspectiveOrder.stream().map(palette::otherFill).toList();

        // A separate export draws another label first, then the perspective is applied again.
        Palette.orderOtherLabels(List.of());
        palette.otherFill("OtherLabelColoursTest-Topic");
        palette.otherFill("OtherLabelColoursTest-Unnamed");
        Palette.orderOtherLabels(perspectiveOrder);

        assertThat(perspectiveOrder.stream().map(palette::otherFill).toList()).isEqualTo(window).doesNotHaveDuplicates();
    }

    @Test
    void theLegendPaintsAnEntryPerOtherLabel() {
        GraphScene scene = new GraphScene(List.of(other("a", "Topic"), other("b", "Place")), List.of());
        RecordingPainter painter = new RecordingPainter();
        new LegendPainter(Palette.standard()).paint(LegendContent.of(scene), painter, 0, 0);
        assertThat(painter.texts()).contains("Topic", "Place");
    }
}
