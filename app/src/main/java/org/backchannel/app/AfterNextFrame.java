package org.backchannel.app;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs an action once the scene's next frame is laid out and handed to the renderer. The embedded store starts
 * this way after the last session's picture is drawn: its start takes both cores, and begun as soon as the picture
 * was handed to the canvas it held back the canvas's first paint (quiet machine: the paint came 220-320 ms after
 * the picture was handed over, with the store starting; see docs/benchmarks.md, issue #10).
 */
final class AfterNextFrame {

    private AfterNextFrame() {
    }

    static void run(Scene scene, Runnable action) {
        AtomicBoolean done = new AtomicBoolean();
        Runnable listener = new Runnable() {
            @Override
            public void run() {
                // Not removed while the scene runs its listeners: removed and acted on once that pulse is over.
                if (done.compareAndSet(false, true)) {
                    Runnable self = this;
                    Platform.runLater(() -> {
                        scene.removePostLayoutPulseListener(self);
                        action.run();
                    });
                }
            }
        };
        scene.addPostLayoutPulseListener(listener);
        Platform.requestNextPulse();
    }
}
