package org.backchannel.app.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backchannel.app.BundledDataset;
import org.backchannel.app.explorer.ExplorerPanes;
import org.backchannel.app.testing.OpenedPanes;
import org.backchannel.exploration.Exploration;
import org.backchannel.measures.MeasuresCsv;
import org.backchannel.measures.NodeMeasures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasuresViewModelTest {

    private Exploration exploration;
    private MeasuresViewModel measures;

    @BeforeEach
    void openTheBundledDataset() throws Exception {
        ExplorerPanes panes = OpenedPanes.of(BundledDataset.load());
        exploration = panes.exploration();
        measures = panes.measures();
    }

    @Test
    void everyDrawnNodeGetsARowAndItsDegreeCountsItsDrawnLinks() {
        measures.compute();

        assertThat(measures.getRows()).hasSize(exploration.visible().nodeIds().size());
        NodeMeasures top = measures.getRows().get(0);
        long drawnLinks = exploration.graph().linksOf(top.nodeId()).stream()
                .filter(l -> exploration.visible().linkIds().contains(l.id())).count();
        assertThat(top.degree()).isEqualTo((int) drawnLinks);
        assertThat(measures.getRows()).extracting(NodeMeasures::degree).isSortedAccordingTo((a, b) -> b - a);
        assertThat(measures.getRows().stream().mapToDouble(NodeMeasures::pageRank).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void onceComputedTheTableFollowsWhatIsDrawn() {
        measures.compute();
        String hub = measures.getRows().get(0).nodeId();

        exploration.commands().hide(List.of(hub));

        assertThat(measures.getRows()).hasSize(exploration.visible().nodeIds().size()).noneMatch(r -> r.nodeId().equals(hub));
    }

    @Test
    void theCsvHasAHeaderAndARowPerNodeInTheOrderGiven(@TempDir Path dir) throws Exception {
        measures.compute();
        List<NodeMeasures> byName = measures.getRows().stream()
                .sorted(java.util.Comparator.comparing(NodeMeasures::name)).toList();
        Path file = dir.resolve("measures.csv");

        measures.exportCsv(file, byName);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(byName.size() + 1).first().isEqualTo(MeasuresCsv.HEADER);
        assertThat(lines.get(1)).startsWith("\"" + byName.get(0).nodeId() + "\"");
        assertThat(measures.messageProperty().get()).startsWith("Wrote " + byName.size() + " rows");
    }

    @Test
    void pickingARowSelectsTheNode() {
        measures.compute();
        NodeMeasures row = measures.getRows().get(1);

        measures.show(row);

        assertThat(exploration.selection()).containsExactly(row.nodeId());
        assertThat(exploration.focus()).isEqualTo(row.nodeId());
    }
}
