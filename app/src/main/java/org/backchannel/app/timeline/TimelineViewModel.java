package org.backchannel.app.timeline;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.backchannel.app.task.BackgroundTasks;
import org.backchannel.app.task.TaskHandle;
import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.ExplorationEvent;
import org.backchannel.exploration.Exploration;
import org.backchannel.model.YearRange;
import org.backchannel.render.timeline.LaneMode;
import org.backchannel.render.timeline.TimelineChart;
import org.backchannel.render.timeline.TimelineMarks;
import org.backchannel.render.timeline.TimelinePicking.Pick;
import org.backchannel.store.GraphFilter;

/**
 * The timeline pane's state over the one exploration: the chart of what the graph shows (the same filters),
 * what is selected and highlighted, and the lanes chosen. Clicks select through the exploration, so every
 * pane follows; brushing a stretch of the axis sets the era filter as one step of the history. The chart is
 * built only while the pane is showing: hidden, it costs nothing when the graph changes.
 */
public final class TimelineViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TimelineViewModel.class);

    private final Exploration exploration;
    private final BackgroundTasks tasks;
    private TaskHandle building;
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.ACTORS);
    private final ReadOnlyObjectWrapper<TimelineChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyObjectWrapper<TimelineMarks> marks = new ReadOnlyObjectWrapper<>(this, "marks", TimelineMarks.NONE);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private boolean showing;
    private boolean stale = true;

    /** @param tasks where the chart is built: a large scene's takes seconds, which the UI thread must not wait for */
    public TimelineViewModel(Exploration exploration, BackgroundTasks tasks) {
        this.exploration = exploration;
        this.tasks = tasks;
        exploration.addListener(this::follow);
        laneMode.addListener((obs, old, now) -> rebuild());
    }

    public ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    /** The chart of what the graph shows; null until the pane first shows. */
    public ReadOnlyObjectProperty<TimelineChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimelineMarks> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    /** Lanes, exchanges and what has no date, in a line. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Whether the chart's tab is the one showing: the export dialog then offers the chart first. */
    public boolean isShowing() {
        return showing;
    }

    /** The pane shows (its tab was chosen) or hides; a chart that went stale while hidden is built on showing. */
    public void setShowing(boolean now) {
        showing = now;
        if (showing && stale) {
            rebuild();
        }
    }

    /** A click: a node (lane, marker, bar) is selected, an exchange is picked as in the exchanges table; nothing clears. */
    public void select(Pick pick, boolean additive) {
        if (pick == null) {
            if (!additive) {
                exploration.clearSelection();
            }
        } else if (pick.nodeId() != null) {
            exploration.select(pick.nodeId(), additive);
        } else {
            exploration.pick(pick.linkId());
        }
    }

    /**
     * Sets the era filter to the years a brushed stretch of the axis touches, keeping the channel types: one step
     * of the history, as the filter pane's year fields make.
     */
    public void brush(double fromDay, double toDay) {
        int from = LocalDate.ofEpochDay((long) Math.floor(Math.min(fromDay, toDay))).getYear();
        int to = LocalDate.ofEpochDay((long) Math.floor(Math.max(fromDay, toDay))).getYear();
        YearRange years = new YearRange(from, to);
        GraphFilter now = exploration.filter();
        if (!years.equals(now.years())) {
            exploration.commands().apply(new GraphFilter(now.channelTypes(), years));
        }
    }

    /** Takes the era filter off, keeping the channel types. */
    public void clearEra() {
        GraphFilter now = exploration.filter();
        if (now.years() != null) {
            exploration.commands().apply(new GraphFilter(now.channelTypes(), null));
        }
    }

    private void follow(ExplorationEvent event) {
        if (event.changesVisible()) {
            rebuild();
        }
        if (event.touches(Aspect.SELECTION) || event.touches(Aspect.HIGHLIGHTS) || event.touches(Aspect.PICKED_LINK)) {
            marks.set(new TimelineMarks(exploration.selection(), exploration.highlights().shown()));
        }
    }

    private void rebuild() {
        if (!showing) {
            stale = true;
            return;
        }
        stale = false;
        if (building != null) {
            building.cancel();
        }
        VisibleChart inputs = VisibleChart.take(exploration.graph(), exploration.visible());
        LaneMode lanes = laneMode.get();
        String era = exploration.filter().years() == null ? "" : " · era " + exploration.filter().years();
        // A build called off (the graph changed again meanwhile) hands nothing back.
        long started = System.nanoTime();
        building = tasks.run(() -> inputs.build(lanes), built -> {
            LOG.info("Timeline chart built: {} lanes, {} exchanges in {} ms", built.lanes().size(), built.exchanges().size(),
                    (System.nanoTime() - started) / 1_000_000);
            chart.set(built);
            marks.set(new TimelineMarks(exploration.selection(), exploration.highlights().shown()));
            summary.set(built.lanes().size() + " lanes · " + built.exchanges().size() + " exchanges · " + built.markers().size()
                    + " events and outcomes" + era + (built.undated() > 0 ? " · " + built.undated() + " undated, not drawn" : ""));
        }, problem -> summary.set("The timeline could not be drawn: " + problem.getMessage()));
    }
}
