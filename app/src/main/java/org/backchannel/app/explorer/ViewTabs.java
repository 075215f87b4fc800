package org.backchannel.app.explorer;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.backchannel.app.graph.GraphCanvas;
import org.backchannel.app.timeline.TimelineView;
import org.backchannel.app.timeline.TimelineViewModel;

/**
 * The network and the timeline chart: two views of one exploration, in tabs where the graph was. The chart is
 * built only while its tab shows.
 */
final class ViewTabs extends TabPane {

    private final TimelineView timelineView;

    ViewTabs(GraphCanvas canvas, TimelineViewModel timeline) {
        timelineView = new TimelineView(timeline);
        Tab network = new Tab("Network", canvas);
        Tab chart = new Tab("Timeline chart", timelineView);
        network.setClosable(false);
        chart.setClosable(false);
        chart.setId("timeline-tab");
        getTabs().setAll(network, chart);
        setId("view-tabs");
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> timeline.setShowing(now == chart));
        // Ctrl+1 and Ctrl+2 switch views from anywhere in the window, wherever the focus is.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
                        () -> getSelectionModel().select(network));
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
                        () -> getSelectionModel().select(chart));
            }
        });
    }

    TimelineView timelineView() {
        return timelineView;
    }
}
