package org.backchannel.app.explorer;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Marks the picture of the last session drawn before the store answered, so that nobody takes it for
 * live data: what it is, what the store is doing (with the seconds it has taken, as the start-up label
 * counts them), and why the commands that need the store are disabled (the main window disables the
 * filters, the toolbar, the details and the lower panes while it shows). It is a bar right under the
 * canvas, over the lower panes, rather than floating over the picture: the canvas puts its legend in whichever
 * corner the graph leaves empty, so anything drawn over the canvas could cover it at some window size; and
 * rather than above it, where it would take the canvas's height and cut the saved view's top and bottom.
 */
final class PreviewBanner extends VBox {

    private final Label state = new Label();
    private final ObservableBooleanValue starting;
    private final ObservableStringValue problem;
    private final SecondsCounter counter;

    /**
     * @param showing  whether the picture is on screen
     * @param starting whether the store is still starting
     * @param problem  why the store did not open, or empty
     */
    PreviewBanner(ObservableBooleanValue showing, ObservableBooleanValue starting, ObservableStringValue problem) {
        super(4);
        this.starting = starting;
        this.problem = problem;
        setId("preview-banner");
        getStyleClass().add("preview-banner");
        Label title = new Label("The picture above is from your last session — not live data yet");
        title.getStyleClass().add("preview-title");
        state.setId("preview-state");
        Label why = new Label("Read-only until the store answers: filters, search, expanding, notes and edits wait for it.");
        why.getStyleClass().add("banner-detail");
        why.setWrapText(true);
        HBox heading = new HBox(14, title, state);
        heading.setAlignment(Pos.BASELINE_LEFT);
        getChildren().addAll(heading, why);
        setMouseTransparent(true);
        visibleProperty().bind(showing);
        managedProperty().bind(visibleProperty());
        starting.addListener((obs, was, now) -> show());
        problem.addListener((obs, was, now) -> show());
        counter = new SecondsCounter(showing, this::show);
    }

    private void show() {
        // The counter says its first 0 while it is being made, before the field holds it.
        int seconds = counter == null ? 0 : counter.seconds();
        if (!problem.get().isEmpty()) {
            state.setText("The store did not open; this picture stays read-only.");
        } else if (starting.get()) {
            state.setText("The store is starting…" + (seconds == 0 ? "" : "  " + seconds + " s"));
        } else {
            state.setText("The store answered; checking the session against it…");
        }
    }
}
