package org.backchannel.app.explorer;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableBooleanValue;
import javafx.util.Duration;

/**
 * Counts the whole seconds something has been running, from 0 each time it starts, and says so once a
 * second: a count that changes once a second shows that the app is working, and for how long, without
 * asking sixty frames a second of the cores a starting DBMS needs.
 */
final class SecondsCounter {

    private final Timeline ticker;
    private final Runnable onChange;
    private int seconds;

    /** @param onChange called when the count starts again or goes up */
    SecondsCounter(ObservableBooleanValue running, Runnable onChange) {
        this.onChange = onChange;
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            seconds++;
            onChange.run();
        }));
        ticker.setCycleCount(Timeline.INDEFINITE);
        running.addListener((obs, was, now) -> follow(now));
        follow(running.get());
    }

    int seconds() {
        return seconds;
    }

    private void follow(boolean running) {
        seconds = 0;
        onChange.run();
        if (running) {
            ticker.playFromStart();
        } else {
            ticker.stop();
        }
    }
}
