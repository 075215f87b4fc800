package org.backchannel.app.timeline;

import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.backchannel.render.timeline.LaneMode;

/** The timeline pane: what a lane stands for, fit, a line on what is drawn, and the chart. */
public final class TimelineView extends BorderPane {

    private final TimelineCanvas canvas;

    public TimelineView(TimelineViewModel model) {
        getStyleClass().add("timeline-view");
        canvas = new TimelineCanvas(model);
        canvas.setId("timeline-chart");
        ChoiceBox<LaneMode> lanes = new ChoiceBox<>();
        lanes.setId("timeline-lanes");
        lanes.getItems().setAll(LaneMode.values());
        lanes.valueProperty().bindBidirectional(model.laneModeProperty());
        lanes.setTooltip(new Tooltip("What each lane stands for"));
        Button fit = new Button("Fit");
        fit.setTooltip(new Tooltip("Show the whole time axis (0)"));
        fit.setOnAction(e -> canvas.fit());
        Button allTime = new Button("All years");
        allTime.setTooltip(new Tooltip("Take the era filter off (an undoable step)"));
        allTime.setOnAction(e -> model.clearEra());
        Label summary = new Label();
        summary.setId("timeline-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinWidth(0);
        Tooltip.install(canvas, new Tooltip("Drag along the dates to set the era · wheel zooms in time · drag pans · click selects"));
        Label title = new Label("Lanes:");
        for (Region fixed : new Region[] {title, lanes, fit, allTime}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox bar = new HBox(8, title, lanes, fit, allTime, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        setTop(bar);
        setCenter(canvas);
    }

    /** The chart's canvas, for tests that click on it. */
    public Region chart() {
        return canvas;
    }

    /** Where a lane's name is drawn, in the chart's coordinates; null when the lane is not in the chart. */
    public Point2D laneNamePoint(String nodeId, TimelineViewModel model) {
        var chart = model.chartProperty().get();
        var frame = canvas.frame();
        int lane = chart == null || frame == null ? -1 : chart.laneOf(nodeId);
        if (lane < 0) {
            return null;
        }
        double[] tops = frame.laneTops(chart);
        return new Point2D(frame.gutter() / 2, (tops[lane] + tops[lane + 1]) / 2);
    }

    /** Where a day falls on the time axis, in the chart's coordinates; NaN before the first chart. */
    public Point2D axisPoint(LocalDate day, TimelineViewModel model) {
        var chart = model.chartProperty().get();
        var frame = canvas.frame();
        if (chart == null || frame == null) {
            return new Point2D(Double.NaN, Double.NaN);
        }
        return new Point2D(frame.x(chart.scale(), day.toEpochDay()), 20);
    }
}
