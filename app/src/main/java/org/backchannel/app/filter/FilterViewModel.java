package org.backchannel.app.filter;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.Exploration;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Eras;
import org.backchannel.model.NamedEra;
import org.backchannel.model.YearRange;
import org.backchannel.store.GraphFilter;

/**
 * Channel types and a range of years, over the exploration's filter: a change the user makes once
 * (a check box, an era, a tick of the play button) is one filter command, and an undone filter shows
 * here again. The range covering all loaded years means "no era filter". The eras offered are the
 * analyst's, kept in the exploration ({@link ErasViewModel} edits them).
 */
public final class FilterViewModel {

    // Properties
    private final ObservableSet<ChannelType> channelTypes = FXCollections.observableSet(EnumSet.allOf(ChannelType.class));
    private final ReadOnlyIntegerWrapper minYear = new ReadOnlyIntegerWrapper(this, "minYear", 1945);
    private final ReadOnlyIntegerWrapper maxYear = new ReadOnlyIntegerWrapper(this, "maxYear", 2025);
    private final IntegerProperty fromYear = new SimpleIntegerProperty(this, "fromYear", 1945);
    private final IntegerProperty toYear = new SimpleIntegerProperty(this, "toYear", 2025);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final ReadOnlyObjectWrapper<GraphFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter", GraphFilter.ALL);
    private final ReadOnlyObjectWrapper<List<NamedEra>> eras = new ReadOnlyObjectWrapper<>(this, "eras", Eras.DEFAULTS.all());
    private final ReadOnlyObjectWrapper<Set<NamedEra>> availableEras =
            new ReadOnlyObjectWrapper<>(this, "availableEras", Set.copyOf(Eras.DEFAULTS.all()));
    private final FilterApplies applies = new FilterApplies();
    private final ReadOnlyObjectWrapper<Map<ChannelType, Integer>> channelCounts =
            new ReadOnlyObjectWrapper<>(this, "channelCounts", Map.of());

    private final Exploration exploration;
    /** Set while the controls follow the exploration's filter, or while one command sets several of them. */
    private boolean quiet;
    /** Nodes loaded when the bounds were last set (more may widen them), and the graph at the last event (a removal replaces it). */
    private int loadedNodes;
    private LoadedGraph seen;

    public FilterViewModel(Exploration exploration) {
        this.exploration = exploration;
        this.seen = exploration.graph();
        channelTypes.addListener((javafx.collections.SetChangeListener<ChannelType>) change -> {
            // At least one type stays selected: an empty choice would read as "all" to the store.
            if (channelTypes.isEmpty() && change.wasRemoved()) {
                channelTypes.add(change.getElementRemoved());
                return;
            }
            update(Kind.ONE_OFF);
        });
        // A slider being dragged changes one bound many times: its changes are one step.
        fromYear.addListener((obs, old, now) -> update(Kind.ADJUSTING));
        toYear.addListener((obs, old, now) -> update(Kind.ADJUSTING));
        exploration.addListener(event -> {
            boolean replaced = exploration.graph() != seen;
            seen = exploration.graph();
            if (event.startsOver()) {
                adaptTo(exploration.graph());
            } else if (replaced || exploration.graph().nodes().size() > loadedNodes) {
                // More loaded (an import shown, an expansion) or a dataset removed: bounds and counts follow; a chosen range stays.
                bound(LoadedYears.of(exploration.graph()));
                follow(exploration.filter());
            } else if (event.touches(Aspect.FILTER)) {
                follow(exploration.filter());
            }
            if (event.touches(Aspect.ERAS)) {
                showEras();
            }
        });
    }

    private enum Kind { ONE_OFF, ADJUSTING, SWEEPING }

    /** Selected channel types; all selected means no channel-type filter. */
    public ObservableSet<ChannelType> getChannelTypes() {
        return channelTypes;
    }

    public ReadOnlyIntegerProperty minYearProperty() {
        return minYear.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty maxYearProperty() {
        return maxYear.getReadOnlyProperty();
    }

    public IntegerProperty fromYearProperty() {
        return fromYear;
    }

    public IntegerProperty toYearProperty() {
        return toYear;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public ReadOnlyObjectProperty<GraphFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** Whether the channel-type and era filters apply to what is loaded, and why not. */
    public FilterApplies applies() {
        return applies;
    }

    /** The analyst's eras, in their order: the choices the pane offers. */
    public ReadOnlyObjectProperty<List<NamedEra>> erasProperty() {
        return eras.getReadOnlyProperty();
    }

    /** The eras something loaded falls in; the others' choices are disabled. */
    public ReadOnlyObjectProperty<Set<NamedEra>> availableErasProperty() {
        return availableEras.getReadOnlyProperty();
    }

    /** How many loaded channels there are of each type, for the labels of the check boxes. */
    public ReadOnlyObjectProperty<Map<ChannelType, Integer>> channelCountsProperty() {
        return channelCounts.getReadOnlyProperty();
    }

    // Commands

    /** Sets the year bounds and counts from what is loaded, and shows the exploration's filter (none, or a reopened session's). */
    public void adaptTo(LoadedGraph graph) {
        bound(LoadedYears.of(graph));
        playing.set(false);
        follow(exploration.filter());
    }

    private void bound(LoadedYears loaded) {
        loadedNodes = loaded.nodes();
        if (loaded.years() != null) {
            // A thumb a bound drags writes its year back: no command of the analyst's, it would replace a reopened session's filter.
            quiet = true;
            minYear.set(loaded.years().from());
            maxYear.set(loaded.years().to());
            quiet = false;
        }
        channelCounts.set(loaded.channelCounts());
        applies.adapt(!loaded.channelCounts().isEmpty(), loaded.years() != null);
        showEras();
    }

    /** Shows the years of an era; an era nothing loaded falls in is ignored (its choice is disabled). */
    public void applyEra(NamedEra era) {
        if (!availableEras.get().contains(era)) {
            return;
        }
        setYears(Math.max(minYear.get(), era.years().from()), Math.min(maxYear.get(), era.years().to()), Kind.ONE_OFF);
    }

    /** The exploration's eras, and which of them something loaded falls in. */
    private void showEras() {
        Eras now = exploration.eras();
        eras.set(now.all());
        availableEras.set(Set.copyOf(now.overlapping(new YearRange(minYear.get(), maxYear.get()))));
    }

    public void clear() {
        playing.set(false);
        quiet = true;
        channelTypes.addAll(EnumSet.allOf(ChannelType.class));
        quiet = false;
        setYears(minYear.get(), maxYear.get(), Kind.ONE_OFF);
    }

    /** Moves the year window a year later, keeping its width, and stops at the end; the view calls it on a timer while playing. */
    public void advance() {
        int width = toYear.get() - fromYear.get();
        if (toYear.get() >= maxYear.get()) {
            playing.set(false);
            return;
        }
        setYears(toYear.get() + 1 - width, toYear.get() + 1, Kind.SWEEPING);
    }

    /** Starts a sweep through time with a ten-year window from the first year, or stops it. */
    public void togglePlay() {
        if (playing.get()) {
            playing.set(false);
            return;
        }
        if (toYear.get() >= maxYear.get()) {
            setYears(minYear.get(), Math.min(maxYear.get(), minYear.get() + 10), Kind.SWEEPING);
        }
        playing.set(true);
    }

    /** Words for the status bar, e.g. "Back channel, Intelligence; 1969–1979"; empty when nothing is filtered. */
    public String describe() {
        return filter.get().describe();
    }

    /** Both ends of the range in one command. */
    private void setYears(int from, int to, Kind kind) {
        quiet = true;
        fromYear.set(from);
        toYear.set(to);
        quiet = false;
        update(kind);
    }

    private void update(Kind kind) {
        if (quiet) {
            return;
        }
        GraphFilter next = ControlsFilter.of(channelTypes, fromYear.get(), toYear.get(), minYear.get(), maxYear.get());
        if (next.equals(exploration.filter())) {
            return;
        }
        switch (kind) {
            case ONE_OFF -> exploration.commands().apply(next);
            case ADJUSTING -> exploration.commands().adjust(next);
            case SWEEPING -> exploration.commands().applySweeping(next);
        }
    }

    /** Shows a filter set elsewhere (an undo, a session) on the controls, without setting it again. */
    private void follow(GraphFilter now) {
        filter.set(now);
        quiet = true;
        if (now.restrictsChannelTypes()) {
            channelTypes.retainAll(now.channelTypes());
            channelTypes.addAll(now.channelTypes());
        } else {
            channelTypes.addAll(EnumSet.allOf(ChannelType.class));
        }
        fromYear.set(now.years() == null ? minYear.get() : now.years().from());
        toYear.set(now.years() == null ? maxYear.get() : now.years().to());
        quiet = false;
    }
}
