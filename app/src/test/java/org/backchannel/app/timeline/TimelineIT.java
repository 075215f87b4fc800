package org.backchannel.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.BundledDataset;
import org.backchannel.app.explorer.ExplorerPanes;
import org.backchannel.app.export.ExportDialog;
import org.backchannel.app.export.ExportView;
import org.backchannel.app.graph.GraphCanvas;
import org.backchannel.app.graph.NodeActions;
import org.backchannel.app.task.FxBackgroundTasks;
import org.backchannel.model.Dataset;
import org.backchannel.model.YearRange;
import org.backchannel.render.ExportOptions;
import org.backchannel.render.PdfPage;
import org.backchannel.render.timeline.Lane;
import org.backchannel.render.timeline.LaneMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline chart and the graph side by side over one exploration, on Monocle's headless glass, driven by
 * the mouse: a click in the chart selects in the graph, a drag along the chart's dates sets the era filter.
 * The article's dataset is loaded straight into the exploration: nothing here asks a store.
 */
class TimelineIT extends FxRobot {

    private static final String KISSINGER = "henry-kissinger";

    private static ExplorerPanes panes;
    private static GraphCanvas graph;
    private static TimelineView timeline;

    @BeforeAll
    static void openTheWindow() throws Exception {
        Dataset dataset = BundledDataset.load();
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            panes = new ExplorerPanes(new FxBackgroundTasks());
            graph = new GraphCanvas(panes.exploration(), new NodeActions() {
                @Override
                public void expand(String nodeId) {
                }

                @Override
                public void findPathsFrom(String nodeId) {
                }

                @Override
                public void channelsWith(String nodeId) {
                }

                @Override
                public void explain(String nodeId) {
                }
            });
            timeline = new TimelineView(panes.timeline());
            SplitPane both = new SplitPane(graph, timeline);
            stage.setScene(new Scene(both, 1500, 800));
            stage.show();
            panes.timeline().setShowing(true);
            panes.exploration().load(LoadedGraph.of(dataset.nodes(), dataset.links()));
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> timeline.laneNamePoint(KISSINGER, panes.timeline()) != null).get());
    }

    @AfterAll
    static void closeTheWindow() throws Exception {
        FxToolkit.setupFixture(graph::dispose);
    }

    @BeforeEach
    void startFromTheLoadedGraph() {
        interact(() -> {
            panes.exploration().goTo(0);
            panes.exploration().clearSelection();
        });
    }

    @Test
    void selectingKissingerInTheTimelineSelectsHimInTheGraph() {
        Point2D name = timeline.laneNamePoint(KISSINGER, panes.timeline());
        clickOn(timeline.chart().localToScreen(name));
        assertThat(panes.exploration().selection()).containsExactly(KISSINGER);
        assertThat(panes.explorer().getSelection()).containsExactly(KISSINGER);
    }

    @Test
    void brushing1969To1977OnTheTimeAxisSetsTheEraFilter() {
        Point2D from = timeline.axisPoint(LocalDate.of(1969, 2, 1), panes.timeline());
        Point2D to = timeline.axisPoint(LocalDate.of(1977, 11, 1), panes.timeline());
        drag(timeline.chart().localToScreen(from)).dropTo(timeline.chart().localToScreen(to));
        assertThat(panes.exploration().filter().years()).isEqualTo(new YearRange(1969, 1977));
        assertThat(panes.filters().fromYearProperty().get()).isEqualTo(1969);
        interact(() -> panes.exploration().undo());
        assertThat(panes.exploration().filter().years()).isNull();
    }

    @Test
    void theExportDialogStartsOnTheChartItsTabShowsAndWritesItsLanes(@TempDir Path dir) throws Exception {
        ExportDialog export = new ExportDialog(null, panes.exploration(), panes.explorer(), panes.timeline());
        interact(() -> panes.timeline().laneModeProperty().set(LaneMode.CHANNELS));
        // The dialog waits for an answer, so it is opened without waiting for it.
        Platform.runLater(export::show);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#export-view").tryQuery().isPresent());
        ChoiceBox<?> view = lookup("#export-view").queryAs(ChoiceBox.class);
        ChoiceBox<?> lanes = lookup("#export-lanes").queryAs(ChoiceBox.class);
        assertThat(view.getValue()).isEqualTo(ExportView.TIMELINE);
        assertThat(lanes.getValue()).isEqualTo(LaneMode.CHANNELS);
        assertThat(lookup("#export-notes").queryAs(Labeled.class).isDisabled()).as("numbered notes are the network's").isTrue();
        interact(() -> view.getScene().getWindow().hide());

        Path svg = dir.resolve("chart.svg");
        interact(() -> export.writeTimeline(svg, LaneMode.CHANNELS, new ExportOptions(1600, 1, false, true, List.of()),
                PdfPage.A4_LANDSCAPE));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> panes.explorer().statusProperty().get().contains("exported " + svg));
        List<String> laneNames = VisibleChart.of(panes.exploration().graph(), panes.exploration().visible(), LaneMode.CHANNELS)
                .lanes().stream().map(Lane::label).toList();
        String text = Files.readString(svg);
        assertThat(laneNames).isNotEmpty().allSatisfy(name -> assertThat(text).contains(escaped(name)));
        assertThat(text).contains("a lane per channel");
        interact(() -> panes.timeline().laneModeProperty().set(LaneMode.ACTORS));
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
