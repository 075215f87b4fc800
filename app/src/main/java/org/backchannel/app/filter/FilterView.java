package org.backchannel.app.filter;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Eras;
import org.backchannel.model.NamedEra;
import org.controlsfx.control.RangeSlider;

/** Channel-type check boxes with counts, a year range with the analyst's eras, a play button and clear-all. */
public final class FilterView extends VBox {

    private final BooleanProperty pictureOnly = new SimpleBooleanProperty(this, "pictureOnly", false);

    /** @param eras the "Edit eras…" dialog's view-model */
    public FilterView(FilterViewModel viewModel, ErasViewModel eras) {
        super(8);
        getStyleClass().add("filter-pane");

        // The last session's picture, drawn while the store starts, is all that is loaded: its counts and the slider's
        // placeholder years would change when the store answers ("Back channel (1)" becoming 3), so none is shown.
        Label pictureNote = new Label("Counts and years come when the store answers: the picture from your last session holds only what it drew.");
        pictureNote.setId("filters-picture-note");
        pictureNote.setWrapText(true);
        pictureNote.getStyleClass().add("banner-detail");
        pictureNote.visibleProperty().bind(pictureOnly);
        pictureNote.managedProperty().bind(pictureOnly);

        Label types = new Label("Channel types");
        types.getStyleClass().add("section");
        VBox checks = new VBox(4);
        for (ChannelType type : ChannelType.values()) {
            CheckBox box = new CheckBox();
            box.setId("type-" + type.code());
            box.textProperty().bind(Bindings.createStringBinding(() -> pictureOnly.get() ? type.displayName() : type.displayName() + " ("
                    + viewModel.channelCountsProperty().get().getOrDefault(type, 0) + ")", viewModel.channelCountsProperty(), pictureOnly));
            box.setSelected(viewModel.getChannelTypes().contains(type));
            box.selectedProperty().addListener((obs, old, on) -> {
                if (on) {
                    viewModel.getChannelTypes().add(type);
                } else {
                    viewModel.getChannelTypes().remove(type);
                }
            });
            viewModel.getChannelTypes().addListener((javafx.collections.SetChangeListener<ChannelType>) c ->
                    box.setSelected(viewModel.getChannelTypes().contains(type)));
            checks.getChildren().add(box);
        }

        Label era = new Label("Era");
        era.getStyleClass().add("section");
        RangeSlider years = new RangeSlider();
        years.setId("years");
        years.visibleProperty().bind(pictureOnly.not());
        years.managedProperty().bind(years.visibleProperty());
        years.setOrientation(Orientation.HORIZONTAL);
        years.setShowTickLabels(true);
        years.setMajorTickUnit(10);
        years.setSnapToTicks(false);
        years.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number year) {
                return Integer.toString(year.intValue());
            }

            @Override
            public Number fromString(String text) {
                return Integer.parseInt(text);
            }
        });
        years.minProperty().bind(viewModel.minYearProperty());
        years.maxProperty().bind(viewModel.maxYearProperty());
        years.setLowValue(viewModel.fromYearProperty().get());
        years.setHighValue(viewModel.toYearProperty().get());
        years.lowValueProperty().addListener((obs, old, now) -> viewModel.fromYearProperty().set((int) Math.round(now.doubleValue())));
        years.highValueProperty().addListener((obs, old, now) -> viewModel.toYearProperty().set((int) Math.round(now.doubleValue())));
        viewModel.fromYearProperty().addListener((obs, old, now) -> years.setLowValue(now.intValue()));
        viewModel.toYearProperty().addListener((obs, old, now) -> years.setHighValue(now.intValue()));
        Label range = new Label();
        range.setId("year-range");
        // Before anything with a date is loaded (the last session's picture, drawn while the store starts, has no
        // dates), the slider's bounds are placeholders: no range is claimed rather than years that were never loaded.
        range.textProperty().bind(Bindings.when(viewModel.applies().erasApplyProperty())
                .then(Bindings.format("%d – %d", viewModel.fromYearProperty(), viewModel.toYearProperty())).otherwise(""));

        FlowPane presets = new FlowPane(4, 4);
        CurrentEra eraOn = new CurrentEra(viewModel);
        showEras(viewModel, eraOn, presets);
        viewModel.erasProperty().addListener((obs, old, now) -> showEras(viewModel, eraOn, presets));
        eraOn.eraProperty().addListener((obs, old, now) -> showOn(eraOn, presets));
        Button edit = new Button("Edit eras…");
        edit.setId("edit-eras");
        edit.setTooltip(new Tooltip("Add, rename, change or delete eras; each change can be undone"));
        edit.setOnAction(e -> ErasDialog.show(getScene().getWindow(), eras));

        ToggleButton play = new ToggleButton("▶ Play");
        play.setId("play");
        play.setTooltip(new Tooltip("Sweep a ten-year window through time"));
        play.setOnAction(e -> viewModel.togglePlay());
        Timeline sweep = new Timeline(new KeyFrame(Duration.millis(450), e -> viewModel.advance()));
        sweep.setCycleCount(Timeline.INDEFINITE);
        viewModel.playingProperty().addListener((obs, old, on) -> {
            play.setSelected(on);
            play.setText(on ? "❚❚ Pause" : "▶ Play");
            if (on) {
                sweep.play();
            } else {
                sweep.stop();
            }
        });
        Button clear = new Button("Clear all");
        clear.setId("clear-filters");
        clear.setOnAction(e -> viewModel.clear());

        checks.disableProperty().bind(viewModel.applies().channelTypesApplyProperty().not());
        Tooltip noChannels = new Tooltip("Nothing loaded is a Backchannel channel, so there is no channel type to filter by.");
        viewModel.applies().channelTypesApplyProperty().addListener((obs, old, applies) -> explain(checks, noChannels, applies));
        VBox eraControls = new VBox(8, years, range, presets, edit, play);
        eraControls.disableProperty().bind(viewModel.applies().erasApplyProperty().not());
        Tooltip noDates = new Tooltip("Nothing loaded has a date, so there is no era to filter by.");
        viewModel.applies().erasApplyProperty().addListener((obs, old, applies) -> explain(eraControls, noDates, applies));
        Label undated = new Label();
        undated.setId("undated-reason");
        undated.setWrapText(true);
        undated.textProperty().bind(viewModel.applies().undatedReasonProperty());
        undated.visibleProperty().bind(viewModel.applies().undatedReasonProperty().isNotEmpty());
        undated.managedProperty().bind(undated.visibleProperty());
        getChildren().addAll(pictureNote, types, checks, era, undated, eraControls, clear);
    }

    /** True while only the last session's picture is loaded (the store is starting): no counts and no years are shown. */
    public BooleanProperty pictureOnlyProperty() {
        return pictureOnly;
    }

    /**
     * A toggle per era, in the analyst's order, on while the range shows that era; an era nothing loaded falls in is
     * disabled. Pressing the era that is on keeps it on: the range label and "Clear all" say how to leave it.
     */
    private static void showEras(FilterViewModel viewModel, CurrentEra on, FlowPane presets) {
        presets.getChildren().clear();
        for (NamedEra era : viewModel.erasProperty().get()) {
            ToggleButton button = new ToggleButton(era.name());
            button.setUserData(era);
            button.setId("era-" + Eras.key(era.name()));
            button.getStyleClass().add("preset");
            button.setTooltip(new Tooltip(era.describe()));
            button.setOnAction(e -> {
                viewModel.applyEra(era);
                showOn(on, presets);
            });
            button.disableProperty().bind(Bindings.createBooleanBinding(
                    () -> !viewModel.availableErasProperty().get().contains(era), viewModel.availableErasProperty()));
            presets.getChildren().add(button);
        }
        showOn(on, presets);
    }

    /** The toggle of the era the range shows is on, every other one off (a press toggles the one pressed). */
    private static void showOn(CurrentEra on, FlowPane presets) {
        presets.getChildren().forEach(button -> ((ToggleButton) button).setSelected(button.getUserData().equals(on.eraProperty().get())));
    }

    /** A disabled control says why it is disabled. */
    private static void explain(javafx.scene.Node control, Tooltip why, boolean applies) {
        if (applies) {
            Tooltip.uninstall(control, why);
        } else {
            Tooltip.install(control, why);
        }
    }
}
