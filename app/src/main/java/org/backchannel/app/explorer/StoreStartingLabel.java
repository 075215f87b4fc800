package org.backchannel.app.explorer;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.util.Duration;

/**
 * What the store is doing while it opens, with the seconds it has taken so far. An embedded DBMS
 * takes several seconds to start; a spinning indicator would ask for sixty frames a second from
 * the two cores the DBMS is starting on, where a count that changes once a second shows the same
 * thing: that the app is working, and for how long.
 */
final class StoreStartingLabel extends Label {

    private final Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
    private final ObservableStringValue status;
    private int seconds;

    StoreStartingLabel(ObservableBooleanValue busy, ObservableStringValue status) {
        this.status = status;
        setId("store-starting");
        getStyleClass().add("store-starting");
        ticker.setCycleCount(Timeline.INDEFINITE);
        visibleProperty().bind(busy);
        managedProperty().bind(visibleProperty());
        busy.addListener((obs, was, now) -> follow(now));
        status.addListener((obs, old, now) -> show());
        follow(busy.get());
    }

    private void follow(boolean busy) {
        seconds = 0;
        show();
        if (busy) {
            ticker.playFromStart();
        } else {
            ticker.stop();
        }
    }

    private void tick() {
        seconds++;
        show();
    }

    private void show() {
        setText(seconds == 0 ? status.get() : status.get() + "  " + seconds + " s");
    }
}
