package org.backchannel.app.explorer;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/**
 * What the store is doing while it opens, with the seconds it has taken so far ({@link SecondsCounter}):
 * an embedded DBMS takes several seconds to start.
 */
final class StoreStartingLabel extends Label {

    private final ObservableStringValue status;
    private final SecondsCounter counter;

    StoreStartingLabel(ObservableBooleanValue busy, ObservableStringValue status) {
        this.status = status;
        setId("store-starting");
        getStyleClass().add("store-starting");
        visibleProperty().bind(busy);
        managedProperty().bind(visibleProperty());
        status.addListener((obs, old, now) -> show());
        counter = new SecondsCounter(busy, this::show);
    }

    private void show() {
        // The counter says its first 0 while it is being made, before the field holds it.
        int seconds = counter == null ? 0 : counter.seconds();
        setText(seconds == 0 ? status.get() : status.get() + "  " + seconds + " s");
    }
}
