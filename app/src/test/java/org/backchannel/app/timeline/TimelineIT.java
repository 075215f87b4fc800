package org.backchannel.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.BundledDataset;
import org.backchannel.app.explorer.ExplorerPanes;
import org.backchannel.app.graph.GraphCanvas;
import org.backchannel.app.graph.NodeActions;
import org.backchannel.app.task.FxBackgroundTasks;
import org.backchannel.model.Dataset;
import org.backchannel.model.YearRange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
}
